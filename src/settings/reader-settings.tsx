// The "Reader settings" button of the header and its dialog: theme, font
// size, line width and font, each a radio group applied at once. A modal
// <dialog> gives keyboard focus, Escape and focus return for free; a click
// on the backdrop (the dialog itself, outside its panel) closes it too.
import { useId, useRef } from 'react';
import { t, type MessageKey } from '../lib/i18n';
import { CHOICES, type SettingName, type Settings } from './settings';
import { useReaderSettings } from './use-reader-settings';
import './settings.css';

const GROUPS: { name: SettingName; legend: MessageKey; labels: Record<string, MessageKey> }[] = [
  { name: 'theme', legend: 'theme', labels: { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } },
  { name: 'size', legend: 'fontSize', labels: { s: 'sizeS', m: 'sizeM', l: 'sizeL', xl: 'sizeXl' } },
  { name: 'width', legend: 'lineWidth', labels: { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } },
  { name: 'font', legend: 'font', labels: { sans: 'fontSans', serif: 'fontSerif' } },
];

function Choices({ group, settings, onChange }: { group: (typeof GROUPS)[number]; settings: Settings; onChange: (change: Partial<Settings>) => void }) {
  const name = `${useId()}-${group.name}`;
  return (
    <fieldset role="radiogroup" className="settings-group">
      <legend>{t(group.legend)}</legend>
      {CHOICES[group.name].map((value) => (
        <label key={value} className={`settings-choice settings-${group.name}-${value}`}>
          <input type="radio" name={name} value={value} checked={settings[group.name] === value} onChange={() => onChange({ [group.name]: value })} />
          <span>{t(group.labels[value] as MessageKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ReaderSettings() {
  const [settings, update] = useReaderSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button ref={opener} type="button" className="settings-button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        <span className="visually-hidden">{t('readerSettings')}</span>
      </button>
      <dialog
        ref={dialog}
        className="settings-dialog"
        aria-labelledby={titleId}
        onClick={(event) => event.target === dialog.current && close()}
        onClose={() => opener.current?.focus()}
      >
        <div className="settings-panel">
          <div className="settings-head">
            <h2 id={titleId}>{t('readerSettings')}</h2>
            <button type="button" className="settings-close" onClick={close}>{t('close')}</button>
          </div>
          {GROUPS.map((group) => <Choices key={group.name} group={group} settings={settings} onChange={update} />)}
        </div>
      </dialog>
    </>
  );
}

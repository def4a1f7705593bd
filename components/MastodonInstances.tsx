import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addMastodonInstance,
  instancePermissions,
  isDefaultMastodonHost,
  mastodonInstances,
  parseInstanceHost,
  removeMastodonInstance,
} from '../settings/mastodon-instances';
import { readTypingEverywhere } from '../settings/typing-everywhere';
import { FieldMessage } from './FieldMessage';
import { message } from '../text/i18n';
import { useSetting } from './use-setting';

/** Which listed instances the browser lets Realign read now; followed as permissions change. */
function usePermittedHosts(hosts: readonly string[] | null): Set<string> {
  const [permitted, setPermitted] = useState(new Set<string>());
  const listed = hosts?.join(',');
  // Followed by the list's contents, not the array (a new array with the same hosts asks nothing new).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `listed` stands for `hosts`
  useEffect(() => {
    if (!hosts) return;
    const check = () =>
      void Promise.all(hosts.map((h) => browser.permissions.contains(instancePermissions([h])))).then((answers) =>
        setPermitted(new Set(hosts.filter((_, i) => answers[i]))),
      );
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [listed]);
  return permitted;
}

/**
 * Other Mastodon instances: the browser is asked for access to the instance's pages at the moment
 * it is added (the request must come straight from the click), and gives it back when removed.
 */
export function MastodonInstances() {
  const hosts = useSetting(mastodonInstances);
  const permitted = usePermittedHosts(hosts);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  if (!hosts) return null;
  /** A report replaces a refusal and the other way round: one line, never a stale one. */
  const say = (text: string) => {
    setError('');
    setStatus(text);
  };
  const refuse = (text: string) => {
    setStatus('');
    setError(text);
  };

  const ask = (host: string) => {
    // No await before this call: the browser only shows its prompt for a user's click.
    void browser.permissions.request(instancePermissions([host])).then(async (isGranted) => {
      if (!isGranted) return refuse(message('settingsMastodonNotGranted', [host]));
      await addMastodonInstance(host);
      setAddress('');
      say(message('settingsMastodonAdded', [host]));
    }, (reason: unknown) => refuse(message('settingsMastodonAddFailed', [String(reason)])));
  };
  const add = () => {
    const host = parseInstanceHost(address);
    if (!host) return refuse(message('settingsMastodonNotAHost'));
    if (isDefaultMastodonHost(host)) return say(message('settingsMastodonAlwaysRead', [host]));
    if (hosts.includes(host) && permitted.has(host)) return say(message('settingsMastodonAlreadyListed', [host]));
    ask(host);
  };
  const remove = (host: string) => {
    void removeMastodonInstance(host)
      .then(async (left) => {
        // The scripting permission goes back too, unless another instance or typing-anywhere still needs it.
        const needsScripting = left.length > 0 || (await readTypingEverywhere());
        await browser.permissions.remove({ origins: [`https://${host}/*`], permissions: needsScripting ? [] : ['scripting'] });
      })
      .then(() => say(message('settingsMastodonRemoved', [host])));
  };

  return (
    <fieldset class="plain-fieldset">
      <legend class="field__label">{message('settingsMastodonLegend')}</legend>
      <p class="muted">{message('settingsMastodonHelp')}</p>
      {hosts.length > 0 && (
        <ul class="instance-list">
          {hosts.map((host) => (
            <li key={host}>
              <span class="instance-list__host">{host}</span>
              {permitted.has(host) ? (
                <span class="muted">{message('settingsMastodonRead')}</span>
              ) : (
                <button type="button" onClick={() => ask(host)}>{message('settingsMastodonAllowAgain')}</button>
              )}
              <button type="button" onClick={() => remove(host)} aria-label={message('settingsMastodonRemoveLabel', [host])}>
                {message('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <label for="mastodon-host">{message('settingsMastodonHostLabel')}</label>
        <input id="mastodon-host" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder={message('settingsMastodonHostExample')}
          value={address} aria-invalid={error ? 'true' : undefined} aria-describedby="mastodon-host-message"
          onInput={(event) => { setAddress(event.currentTarget.value); say(''); }} />
        <button type="submit">{message('settingsMastodonAdd')}</button>
      </form>
      <FieldMessage id="mastodon-host" error={error} status={status} />
    </fieldset>
  );
}

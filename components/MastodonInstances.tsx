import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addMastodonInstance,
  instancePermissions,
  isDefaultMastodonHost,
  mastodonInstancesItem,
  parseInstanceHost,
  readMastodonInstances,
  removeMastodonInstance,
} from '../settings/mastodon-instances';
import { readTypingEverywhere } from '../settings/typing-everywhere';
import { useSetting } from './use-setting';

/** Which listed instances the browser lets Realign read now; followed as permissions change. */
function usePermittedHosts(hosts: readonly string[] | null): Set<string> {
  const [permitted, setPermitted] = useState(new Set<string>());
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
  }, [hosts?.join(',')]);
  return permitted;
}

/**
 * Other Mastodon instances: the browser is asked for access to the instance's pages at the moment
 * it is added (the request must come straight from the click), and gives it back when removed.
 */
export function MastodonInstances() {
  const hosts = useSetting(readMastodonInstances, mastodonInstancesItem);
  const permitted = usePermittedHosts(hosts);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');
  if (!hosts) return null;

  const ask = (host: string) => {
    // No await before this call: the browser only shows its prompt for a user's click.
    void browser.permissions.request(instancePermissions([host])).then(async (isGranted) => {
      if (!isGranted) return setMessage(`Not added: the browser did not grant access to ${host}.`);
      await addMastodonInstance(host);
      setAddress('');
      setMessage(`Realign now reads ${host}. Tabs already open there start after a reload.`);
    }, (error: unknown) => setMessage(`Not added: ${String(error)}`));
  };
  const add = () => {
    const host = parseInstanceHost(address);
    if (!host) return setMessage('That does not look like an instance address. Try something like fosstodon.org.');
    if (isDefaultMastodonHost(host)) return setMessage(`${host} is always read; there is nothing to add.`);
    if (hosts.includes(host) && permitted.has(host)) return setMessage(`${host} is already in the list.`);
    ask(host);
  };
  const remove = (host: string) => {
    void removeMastodonInstance(host)
      .then(async (left) => {
        // The scripting permission goes back too, unless another instance or typing-anywhere still needs it.
        const needsScripting = left.length > 0 || (await readTypingEverywhere());
        await browser.permissions.remove({ origins: [`https://${host}/*`], permissions: needsScripting ? [] : ['scripting'] });
      })
      .then(() => setMessage(`Removed ${host}, and gave its access back.`));
  };

  return (
    <fieldset class="plain-fieldset">
      <legend class="field__label">Other Mastodon instances</legend>
      <p class="muted">
        mastodon.social is read by default. Add the instance you use; the browser asks you to let Realign read its pages,
        and nothing else.
      </p>
      {hosts.length > 0 && (
        <ul class="instance-list">
          {hosts.map((host) => (
            <li key={host}>
              <span class="instance-list__host">{host}</span>
              {permitted.has(host) ? (
                <span class="muted">Read</span>
              ) : (
                <button type="button" onClick={() => ask(host)}>Allow access again</button>
              )}
              <button type="button" onClick={() => remove(host)} aria-label={`Remove ${host}`}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <label for="mastodon-host">Instance</label>
        <input id="mastodon-host" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="fosstodon.org"
          value={address} onInput={(event) => setAddress(event.currentTarget.value)} />
        <button type="submit">Add instance</button>
      </form>
      <p class="muted form-status" role="status" aria-live="polite">{message}</p>
    </fieldset>
  );
}

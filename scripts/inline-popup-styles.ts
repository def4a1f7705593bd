/**
 * The popup's stylesheets written into popup.html as <style>, so its first frame waits for no CSS
 * file: a module script runs only once every stylesheet before it has loaded, and in a trace of the
 * popup the last of its two stylesheets was answered after its scripts (scripts/pages-chunks.ts
 * says why each file counts). Manifest V3's content security policy limits scripts, not styles,
 * so inline styles are allowed. Other pages keep their <link>s to the same files.
 */
import type { Plugin } from 'vite';

/** Where Vite emits the popup's page; WXT moves it to popup.html afterwards. */
const PAGE = 'entrypoints/popup/index.html';

export function inlinePopupStyles(): Plugin {
  return {
    name: 'realign-inline-popup-styles',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName === PAGE);
      if (page?.type !== 'asset') return;
      const html = String(page.source);
      page.source = html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, fileName: string) => {
        const css = bundle[fileName];
        return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : link;
      });
    },
  };
}

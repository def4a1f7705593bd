import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchComposerActivity } from '../feed/composer-activity';
import { tellBackground } from '../messaging/protocol';

/**
 * Typing on any site, for people who turned "count typing anywhere" on and granted the optional
 * permission. Not in the manifest: background/typing-script.ts registers it at run time. Sends a
 * heartbeat while the person types in a text area or editor, never what is typed.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    ctx.onInvalidated(
      watchComposerActivity({
        target: document,
        now: () => Date.now(),
        beat: () => void tellBackground('page/composing', {}).catch(() => {}),
      }),
    );
  },
});

/**
 * The intention check ("What are you here for?" above a feed, once a stretch): off by default, as
 * the issue asks; the person turns it on in settings.
 */
import { defineSetting, isBooleanOr } from './define-setting';

export const intentionCheck = defineSetting({
  key: 'intentionCheck',
  fallback: false,
  check: isBooleanOr(false),
});
export const { read: readIntentionCheck, write: setIntentionCheck } = intentionCheck;

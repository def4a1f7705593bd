/** What the labels can and cannot tell, one click away. */
export function HonestyNote() {
  return (
    <details class="honesty">
      <summary>What the labels can and cannot tell</summary>
      <p>
        Labels come from a small model that runs on this device and reads only the text of a post. It looks for cues
        such as anger words, urgency, withheld information or template-like prose, and shows how sure it is. It
        cannot see images or video, does not know who is right, misses sarcasm and context, and reads English best.
        A label is a prompt to look twice, not a verdict. Use "Not helpful" when it is wrong.
        {' '}<a href="/model-card.html" target="_blank" rel="noopener">How Realign judges posts</a>
      </p>
    </details>
  );
}

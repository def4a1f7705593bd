// A page written without message(): what the bare-text check must catch.
export const Sample = () => (<div>
  <p>Hello there</p>
  <button aria-label="Close">×</button>
  <p>{'42'} · 7</p>
</div>);

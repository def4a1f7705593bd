/** The popup before anything was recorded: what will appear here, and how. */
export function FirstDay() {
  return (
    <section class="card first-day" aria-labelledby="first-day-heading">
      <h2 id="first-day-heading" elementtiming="realign-figures">
        Welcome to Realign
      </h2>
      <p>Your day will appear here as you browse:</p>
      <ul>
        <li>
          <strong>Screen time</strong>, counted only while you are here, and the sites it went to.
        </li>
        <li>
          <strong>Consume vs create</strong>: scrolling and watching against writing and making.
        </li>
        <li>
          <strong>Your information diet</strong>: of the posts you saw on X, Reddit, Hacker News, YouTube, LinkedIn,
          Facebook, Instagram, Threads, Bluesky, Mastodon and TikTok, how many were outrage, fear, clickbait, ad
          pressure, scams, engagement bait or likely AI.
        </li>
      </ul>
      <p class="muted">Everything stays on this device. Open one of your feeds to begin.</p>
    </section>
  );
}

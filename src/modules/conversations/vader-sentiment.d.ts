// Types for the untyped `vader-sentiment` package (devDependency): the baseline that
// bench/sentiment.ts and the held-out test compare against, and the source of the compiled
// English lexicon (scripts/train-sentiment.ts).
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}

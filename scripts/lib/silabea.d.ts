// silabea ships no types: the one call this project makes.
declare module 'silabea' {
  const silabea: { getSilabas(word: string): { numeroSilaba: number } };
  export default silabea;
}

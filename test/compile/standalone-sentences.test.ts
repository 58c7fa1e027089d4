import { standaloneSentences, standsAlone } from '../../src/compile/standalone-sentences';
import { VerbatimGuard } from '../../src/compile/verbatim-guard';

const none = new VerbatimGuard([]);
const answer = { guard: none, minutes: false };
const minutes = { guard: none, minutes: true };

describe('standsAlone', () => {
  it('refuses sentences that lean on what came before', () => {
    for (const s of [
      'Också anhöriga till yngre personer behöver ett annat stöd.',
      'Dit vill många anhöriga inte att deras närstående ska åka.',
      'Det är också en fråga om att synliggöra anhörigas situation.',
      'Men det räcker inte med information på webben.',
      'Till sist pratade gruppen om utbildning för personalen.',
      'Den fungerar bäst som samtalsunderlag och inte som formulär.',
      'Någon på kommunen borde ha den rollen i framtiden.',
      'Anhöriga vill få stöd på det sättet även i hemmet.',
      'Kommunen borde erbjuda dessa träffar till fler anhöriga.',
      'Personalen i den här verksamheten känner de anhöriga väl.',
    ]) {
      expect([s, standsAlone(s, answer)]).toEqual([s, false]);
    }
  });

  it('takes "Det finns", "Det är viktigt att" and statements about the group', () => {
    for (const s of [
      'Det finns ett stort behov av avlösning med kort varsel.',
      'Det är viktigt att stödet utgår från den anhöriges situation.',
      'Gruppen var enig om att avlösningen behöver bli mer flexibel.',
      // "den" before an adjective is the article, not a pointer: nothing is left out.
      'Stödet ska utgå från den närstående och den enskilde anhörige.',
      'Anhöriga ska kunna välja de insatser som passar dem bäst.',
      'Många anhöriga undrar om handläggarna vet vart de ska vända sig.',
      'Personalen frågar ofta om de vet vart de kan vända sig.',
    ]) {
      expect([s, standsAlone(s, answer)]).toEqual([s, true]);
    }
  });

  it('leaves a person\'s own story to the quotes: no "jag", and "vi" only in the group\'s minutes', () => {
    expect(standsAlone('Jag fick enskilda samtal när jag var som mest slut.', answer)).toBe(false);
    expect(standsAlone('I felt alone until the group started meeting.', answer)).toBe(false);
    expect(standsAlone('Vi diskuterade hur avlösningen kan bli mer flexibel.', answer)).toBe(false);
    expect(standsAlone('Vi diskuterade hur avlösningen kan bli mer flexibel.', minutes)).toBe(true);
  });

  it('refuses fragments, questions, placeholders and protected words', () => {
    expect(standsAlone('Avlösning.', answer)).toBe(false);
    expect(standsAlone('Hur ska anhöriga få veta vad som finns att få?', answer)).toBe(false);
    expect(standsAlone('Gruppen vill att [namn] bjuds in till nästa träff.', answer)).toBe(false);
    const guard = new VerbatimGuard(['Gruppen vill ha avlösning i hemmet på kvällar.']);
    expect(standsAlone('Gruppen vill ha avlösning i hemmet på kvällar och helger.', { guard, minutes: true })).toBe(false);
  });
});

describe('standaloneSentences', () => {
  it('returns the usable sentences of a text, each ending with a full stop', () => {
    const text = 'Anhöriga behöver avlösning med kort varsel\nOckså det går inte nu. Gruppen vill pröva timavlösning i hemmet!';
    expect(standaloneSentences(text, answer)).toEqual([
      'Anhöriga behöver avlösning med kort varsel.',
      'Gruppen vill pröva timavlösning i hemmet!',
    ]);
  });
});

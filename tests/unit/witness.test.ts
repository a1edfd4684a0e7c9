import { getContent } from '../../src/content-layer/index.ts';
import { describe, expect, it } from 'vitest';
import { joinLines, readWitness, witnessWordsWithMarkers } from '../helpers/witness.ts';

const { edition, witness: text } = getContent();
const witness = readWitness(text);
/** Note numbers of the edition, 1 to the last: what the witness must hold. */
const noteNumbers = edition.notes.map((_, i) => i + 1);

describe('reading the source witness', () => {
  it('finds the seven section headings in order', () => {
    expect(witness.headings).toEqual([
      'Introduction',
      'Bilateral Alliances and American Hegemony',
      'America’s Liberal Grand Strategy',
      'American Engagement in East Asia',
      'Japan’s Ambivalent Multilateralism',
      'Community Based Security Orders',
      'Conclusion',
    ]);
  });

  it('separates the notes (as many as the edition has) from the running text', () => {
    expect(noteNumbers.length).toBeGreaterThan(0);
    expect([...witness.notes.keys()]).toEqual(noteNumbers);
    expect(witness.notes.get(31)).toBe('Cronin, Community under Anarchy, p. 12.');
    const running = witnessWordsWithMarkers(witness)
      .map((w) => w.word)
      .join(' ');
    expect(running).not.toContain('Forum for Defense Authorities');
    expect(running).toContain('ad hoc ministerial talks. China');
  });

  it('drops the page number and the displaced title block', () => {
    const text = witness.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
    expect(text).not.toMatch(/BETWEEN BALANCE OF POWER/);
    expect(text).not.toMatch(/^\s*9\s*$/m);
  });

  it('finds every printed note marker and misses exactly notes 18, 31 and 32', () => {
    const markers = witnessWordsWithMarkers(witness).flatMap((w) => (w.note ? [w.note] : []));
    expect(markers).toEqual(noteNumbers.filter((n) => ![18, 31, 32].includes(n)));
  });

  it('joins words broken at line ends and keeps their hyphens', () => {
    expect(joinLines(['trigger counter-', 'balancing alliances'])).toBe(
      'trigger counter-balancing alliances',
    );
    expect(joinLines(['a  wrapped ', ' line'])).toBe('a wrapped line');
  });
});

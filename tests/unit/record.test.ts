/**
 * What the entries say in the editors' voice, read against the witness: the claims an audit found
 * unsupported (issue 19) must not come back. Each test reads the real content through the content
 * layer, as the pages do.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';

const { concepts, cases, witness, edition } = getContent();

/** The whole text of a glossary entry as its page shows it: fields and the longer note. */
function concept(id: string): { text: string; verified: string[] } {
  const entry = concepts.find((c) => c.id === id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return {
    text: [entry.data.definition, entry.html.replace(/<[^>]+>/g, '')].join(' '),
    verified: entry.data.verified,
  };
}

function caseEntry(id: string) {
  const entry = cases.find((c) => c.id === id);
  if (!entry) throw new Error(`no case ${id}`);
  return entry.data;
}

/** The witness as one line of words, so that a quotation can be sought across its line breaks. */
const witnessWords = witness.replace(/\s+/g, ' ');

describe('the glossary credits its sources', () => {
  it('does not call “common security association” the paper’s coinage, and credits Cronin with it', () => {
    const { text, verified } = concept('common-security-association');
    expect(text).not.toMatch(/coinage|coined|the paper’s own term/i);
    expect(text).toMatch(/term is Bruce Cronin’s/);
    expect(verified.join(' ')).toMatch(/Cronin.*common security associations/s);
  });
});

describe('the entries say no more than the paper', () => {
  it('does not restore the words lost at gap 1 (the socialization of elites)', () => {
    expect(concept('functional-integration').text).not.toMatch(/socialization of elites/i);
  });

  it('keeps “in the near future” where the paper doubts what multilateral forums can do', () => {
    for (const id of ['multilateralism', 'deterrence', 'confidence-building-measures']) {
      const { text } = concept(id);
      expect(text, id).not.toMatch(/no official expects|have no deterrence|lack deterrence/);
      expect(text, id).toMatch(/near future/);
    }
    expect(witnessWords).toContain(
      'not likely to have deterrence and defense functions in the near future',
    );
  });

  it('names the powers that joined Nazi Germany out of fear as the paper does', () => {
    const { text } = concept('bandwagoning-for-survival');
    expect(text).not.toMatch(/smaller European states/);
    expect(text).toContain('“mid-European powers”');
    expect(witnessWords).toContain('many of the mid-European powers turned to Nazi Germany');
  });

  it('does not make CSCAP the leading dialogue that Japan supports', () => {
    const { role } = caseEntry('cscap');
    expect(role).not.toMatch(/leading|Japan supports/);
    expect(role).toContain('“very supportive”');
    expect(witnessWords).toContain('very supportive to the ASEAN Regional Forum');
  });

  it('does not count CSCAP’s partners as the paper’s “ten countries”', () => {
    expect(concept('track-two-dialogue').text).not.toMatch(/among ten countries/);
    expect(caseEntry('cscap').summary).not.toMatch(/founding members came from ten countries/);
  });

  it('does not call the Anglo-Japanese alliance a model for the 1951 treaty', () => {
    expect(caseEntry('anglo-japanese-alliance').role).not.toMatch(/a model for/);
  });
});

describe('the supplied title block', () => {
  it('is an intervention of the model, explained in the first section', () => {
    const title = edition.interventions.filter((i) => i.kind === 'title');
    expect(title).toHaveLength(1);
    expect(title[0]?.section).toBe(edition.sections[0]?.id);
    expect(title[0]?.explanation).toMatch(/witness opens with the heading “Introduction”/);
  });

  it('is not at the head of the witness, which opens with the first heading', () => {
    expect(witness.trimStart().startsWith(edition.sections[0]?.title ?? '')).toBe(true);
  });
});

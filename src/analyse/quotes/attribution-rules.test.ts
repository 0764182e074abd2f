/** Attribution rules on short real-shaped sentences: each case names the rule it guards. */
import { describe, expect, it } from 'vitest';
import { caseArticle } from '../../../test/case-article.js';
import { extractEntityMentions } from '../entities/index.js';
import { extractQuotes } from './index.js';
import { findSpeakerLabels } from './speaker-labels.js';

function quotesOf(text: string) {
  const clean = caseArticle(text);
  return extractQuotes(clean, extractEntityMentions(clean));
}

describe('extractQuotes attribution rules', () => {
  it('gives a comma-closed quote the attribution after it, not an earlier cue', () => {
    const [quote] = quotesOf(
      'Ava DuVernay said the film was worth making because “most people don’t know about that loop-hole,” she said.',
    ).filter((q) => q.direct);
    expect(quote?.speakerText).toBe('she');
  });

  it('takes the name before a long appositive after the quote', () => {
    const [quote] = quotesOf(
      '“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said on Monday.',
    );
    expect(quote?.speakerText).toBe('Scott Pruitt');
  });

  it('takes the person a party name modifies as the subject of a coordinated cue (seed 002)', () => {
    const text =
      'Conservative shadow home secretary Chris Philp criticised Musk’s comments on Phillips as “not appropriate” but argued he was “right to be raising the general issue”.';
    const quote = quotesOf(text).find((q) => q.content.includes('general issue'));
    expect(quote?.speakerText).toBe('Conservative shadow home secretary Chris Philp');
    expect(quote?.speaker).toBe('Chris Philp');
    // A verb between the two names: the first name stays the subject.
    const other = quotesOf(
      'Labour told Chris Philp it was wrong but argued the point was “right to be raised in the House”.',
    ).find((q) => q.content.includes('right to be raised'));
    expect(other?.speakerText).toBe('Labour');
  });

  it('credits no place after a preposition: "An investigation in Telford" is not Telford (seed 002)', () => {
    const quote = quotesOf(
      'An investigation in Telford found that up to 1,000 girls had been abused over 40 years – and that some cases had not been investigated because of “nervousness about race”.',
    ).find((q) => q.direct);
    expect(quote?.speakerText).toBe('An investigation in Telford');
    expect(quote?.speaker).toBeNull();
  });

  it('resolves "the party" to the party the article named last (seed 001)', () => {
    const text =
      'The decision was criticised by several senior Tories. Labour said nothing.\n' +
      'But the party has also criticised Musk for “sharing things that are factually inaccurate” and distanced itself from his call.';
    const quote = quotesOf(text).find((q) => q.direct);
    expect(quote?.speakerText).toBe('the party');
    expect(quote?.speaker).toBe('Labour');
    const noParty = quotesOf(
      'But the party has also criticised Musk for “sharing things that are factually inaccurate” online.',
    ).find((q) => q.direct);
    expect(noParty?.speaker).toBeNull();
  });

  it('lets a participle borrow the subject of its clause', () => {
    const quote = quotesOf(
      'Small groups of protesters marched around the stadium on Sunday while chanting, "Hands up, don\'t shoot."',
    ).find((q) => q.direct);
    expect(quote?.speakerText).toBe('Small groups of protesters');
  });

  it('marks the relative pronoun as the subject and resolves it to its antecedent', () => {
    const quote = quotesOf(
      'The crowd cheered for Stevie Wonder, who joked of the museum, “I haven’t seen it yet, but I’m going to.”',
    ).find((q) => q.direct);
    expect(quote?.speakerText).toBe('who');
    expect(quote?.speaker).toBe('Stevie Wonder');
  });

  it('finds every reported clause of a sentence, nested ones too', () => {
    const cues = quotesOf(
      'Interim chairwoman Donna Brazile said on Sunday that Hillary Clinton believes the campaign is on the path to victory.',
    ).map((q) => q.cue);
    expect(cues).toEqual(expect.arrayContaining(['said', 'believes']));
  });

  it('drops the stance verb of a pronoun nested in another report (issue 5)', () => {
    const quotes = quotesOf(
      'Michael Tanner, an analyst at the libertarian Cato Institute, said he thinks the Trump campaign has stayed intentionally vague on the details in order to appeal to a larger voting population.',
    );
    expect(quotes.map((q) => q.cue)).toContain('said');
    expect(quotes.map((q) => q.cue)).not.toContain('thinks');
  });

  it('keeps the speech verb of a pronoun nested in another report', () => {
    const quotes = quotesOf(
      'Ed Rendell, who served as general chairman of the DNC during the 2000 election, agreed that the party’s vacancy rules should be modernized, but he said that discussion should wait until after the election.',
    );
    expect(quotes.find((q) => q.cue === 'said')?.speakerText).toBe('he');
  });

  it('does not take a noun or a word inside a name for a cue', () => {
    const quotes = quotesOf(
      'The Clean Power Plan would cut emissions across the United States by a third. His comments drew scrutiny from many.',
    );
    expect(quotes.map((q) => q.cue)).not.toContain('Plan');
    expect(quotes.map((q) => q.cue)).not.toContain('States');
    expect(quotes.map((q) => q.cue)).not.toContain('comments');
  });
});

describe('findSpeakerLabels', () => {
  it('reads transcript turns and ignores an editor’s note', () => {
    const text =
      '"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n"PENCE: Gennifer Flowers will not be attending the debate.\n\nUPDATE: This story has been changed.';
    const labels = findSpeakerLabels(text, []).map((l) => text.slice(...l.speaker));
    expect(labels).toEqual(['WALLACE', 'PENCE']);
  });

  it('gives each transcript turn its own speaker', () => {
    const quotes = quotesOf(
      '"WALLACE: Will Gennifer Flowers be there tomorrow night at the debate?\n\n"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
    );
    expect(quotes.map((q) => q.speakerText)).toEqual(['WALLACE', 'PENCE']);
  });
});

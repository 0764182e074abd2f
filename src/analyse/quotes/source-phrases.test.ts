/**
 * Source phrases of reported speech without quotation marks (issue 5): each case is a PolNeAR
 * dev sentence our extractor used to miss, named by the rule that now finds its source.
 */
import { describe, expect, it } from 'vitest';
import { caseArticle } from '../../../test/case-article.js';
import { extractEntityMentions } from '../entities/index.js';
import { extractQuotes } from './index.js';

function sourcesOf(text: string): { source: string | null; cue: string | null }[] {
  const clean = caseArticle(text);
  return extractQuotes(clean, extractEntityMentions(clean)).map((q) => ({
    source: q.speakerText,
    cue: q.cue,
  }));
}

describe('source phrases', () => {
  it('takes a determiner-led head the lexicon calls a verb for a noun ("The network said")', () => {
    expect(
      sourcesOf('The network said it would send Ms. Martin to Crimea for a better understanding.'),
    ).toContainEqual({ source: 'The network', cue: 'said' });
  });

  it('knows sourcing heads the lexicon calls adjectives ("one West Virginia official said")', () => {
    const found = sourcesOf(
      "After some challenges, Mr. Clarke's reclamation work has been meeting regulatory standards, one West Virginia official said.",
    );
    expect(found.map((f) => f.source)).toContainEqual(expect.stringMatching(/official$/));
  });

  it('keeps the determiner of a trailing named source ("…, the IMF said.")', () => {
    expect(
      sourcesOf(
        'However, slower growth in developed nations is being offset by faster improvements in emerging economies, the IMF said.',
      ),
    ).toContainEqual({ source: 'the IMF', cue: 'said' });
  });

  it('reads a noun phrase with a preposition that opens the clause', () => {
    expect(
      sourcesOf(
        'Video of the incident shows him with his hands in the air in the moments before he was shot.',
      ),
    ).toContainEqual({ source: 'Video of the incident', cue: 'shows' });
    expect(
      sourcesOf("Scott's relatives watched the video on Thursday, attorneys for the family said."),
    ).toContainEqual({ source: 'attorneys for the family', cue: 'said' });
  });

  it('does not take the object of a preposition for a subject', () => {
    const found = sourcesOf(
      'In one tweet on Sunday morning, Trump said the debate had been rigged.',
    );
    expect(found).toContainEqual({ source: 'Trump', cue: 'said' });
    expect(found.map((f) => f.source)).not.toContain('one tweet');
  });

  it('skips negations and adverbs between subject and cue', () => {
    expect(
      sourcesOf('Lawmakers have not said when they would take up the EB-5 reauthorization.'),
    ).toContainEqual({ source: 'Lawmakers', cue: 'said' });
    expect(sourcesOf('Clinton now says she opposes the trade deal.')).toContainEqual({
      source: 'Clinton',
      cue: 'says',
    });
  });

  it('reads a contracted pronoun as the subject, not a possessive', () => {
    expect(
      sourcesOf('He’s claiming that voting fraud is a big problem in this country.'),
    ).toContainEqual({ source: 'He', cue: 'claiming' });
  });

  it('finds the cue of a headline, where every word is capitalised', () => {
    expect(
      sourcesOf("Obama Says African-American Museum Will Tell of 'Suffering and Delight.'"),
    ).toContainEqual({ source: 'Obama', cue: 'Says' });
    // …but not in running text, where a capital after a name continues it.
    expect(
      sourcesOf('He visited the Clean Power Plan Shows exhibition on Monday with his family.').map(
        (f) => f.cue,
      ),
    ).not.toContain('Shows');
  });

  it('takes the phrase after an inverted cue only when it ends the clause', () => {
    expect(
      sourcesOf(
        "Kadzik's refusal did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.",
      ),
    ).toContainEqual({ source: 'one GOP source in the room', cue: 'said' });
    const found = sourcesOf(
      'In a statement, one of the family’s attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car.',
    );
    expect(found.map((f) => f.source)).not.toContain('the videos show Scott calmly leaving his');
  });
});

describe('passives, inversions and labels', () => {
  it('takes the agent of a passive cue, not its subject', () => {
    const found = sourcesOf(
      'The registration issue was first reported by The Washington Post on Tuesday.',
    );
    expect(found).toContainEqual({ source: 'The Washington Post', cue: 'reported' });
    expect(
      sourcesOf('The hallucinogen PCP was found in the SUV of the driver on Friday.').map(
        (f) => f.source,
      ),
    ).not.toContain('The hallucinogen PCP');
  });

  it('inverts only verbs of saying', () => {
    const found = sourcesOf(
      "Ivanka Trump, the Republican presidential nominee's eldest daughter, noted the rule in the interview last week.",
    );
    expect(found.map((f) => f.source)).not.toContain('the rule in the interview last week');
  });

  it('skips an adverb between subject and cue', () => {
    expect(
      sourcesOf(
        'The former secretary of state aggressively pushed the strategy during the convention.',
      ).map((f) => f.source),
    ).not.toContain('aggressively');
  });

  it('does not read a headline kicker as a speaker label', () => {
    const found = sourcesOf(
      'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\nThe Post reported it.',
    );
    expect(found.map((f) => f.source)).not.toContain('Stealth Over Health');
  });
});

describe('appositives, participles and time phrases', () => {
  it('skips appositives in a row, dashes included', () => {
    expect(
      sourcesOf(
        "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for the nation's rights.",
      ).map((f) => f.source),
    ).toContain('Johnnie Wilson');
    expect(
      sourcesOf(
        "Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances -- said the candidate tended to make announcements.",
      ).map((f) => f.source),
    ).toContain('Kall');
  });

  it('gives a participle after a comma the clause subject, not the phrase before the comma', () => {
    const found = sourcesOf(
      'In a statement announcing the pick, the Association of Flight Attendants called Clinton a champion, citing her work after the Sept. 11 terrorist attacks.',
    );
    expect(found.find((f) => f.cue === 'citing')?.source).not.toBe('the pick');
  });

  it('skips a time phrase between subject and cue', () => {
    expect(
      sourcesOf('Wells Fargo just this month announced it would get rid of these incentives.').map(
        (f) => f.source,
      ),
    ).toContain('Wells Fargo');
  });
});

describe('signatures and nouns of saying', () => {
  it('attributes a signed paragraph whose quotation marks do not pair', () => {
    const found = sourcesOf(
      'Readers wrote in.\n\n”Mr. Trump embodies the lasting legacy of racism in the United States. He represents our greatest shame.” ― Sonya Herridge',
    );
    expect(found).toContainEqual({ source: 'Sonya Herridge', cue: '―' });
  });

  it('takes the possessor of a noun of saying with a that-clause as the source', () => {
    const found = sourcesOf(
      'Following the debate Politifact did a fact-check on Donald Trump’s claim that there have been thousands of shootings in Chicago.',
    );
    expect(found).toContainEqual({ source: 'Donald Trump', cue: 'claim' });
    // No possessor, no source: "the claim that".
    expect(
      sourcesOf('Politifact checked the claim that there have been thousands of shootings.').map(
        (f) => f.cue,
      ),
    ).not.toContain('claim');
  });

  it('reads the agent of a progressive passive ("was being told by")', () => {
    const found = sourcesOf(
      'A different side of the Trump tax story was being told by The Daily Caller, which unearthed a 1995 story.',
    );
    expect(found.map((f) => f.source)).toContainEqual(expect.stringContaining('Daily Caller'));
  });
});

describe('stance adjectives and weak cues', () => {
  it('reads an adjective of attitude after a copula as a cue', () => {
    const found = sourcesOf(
      "Protesters were frustrated that the city's police department released only some of the video footage.",
    );
    expect(found).toContainEqual({ source: 'Protesters', cue: 'were frustrated' });
  });

  it('does not take "speak" for a cue: it rarely reports content', () => {
    expect(
      sourcesOf('Voters saw Tim Kaine speak at a recent rally in Richmond on Sunday.').map(
        (f) => f.cue,
      ),
    ).not.toContain('speak');
  });
});

describe('quantifier sources and nouns by agreement', () => {
  it('takes a quantifier standing for people as the source', () => {
    expect(
      sourcesOf(
        'Some believe the high priority placed on black voters shows the campaign is worried.',
      ),
    ).toContainEqual({ source: 'Some', cue: 'believe' });
    expect(
      sourcesOf('Then someone asked how Clinton could inspire young people the way Sanders had.'),
    ).toContainEqual({ source: 'someone', cue: 'asked' });
  });

  it('reads a cue word after an adjective or a plural quantifier as a noun', () => {
    const cues = sourcesOf(
      'It is the biggest decline for a developed nation. Young died at a time when some calls into the hotline went to voicemail.',
    ).map((f) => f.cue);
    expect(cues).not.toContain('decline');
    expect(cues).not.toContain('calls');
  });

  it('does not take a clause after an inverted cue for its speaker', () => {
    const found = sourcesOf(
      'But Megan Hester, senior associate for education organizing at the Annenberg Institute for School Reform, said parents still want neighborhood schools.',
    ).map((f) => f.source);
    expect(found).not.toContain('parents still want neighborhood schools');
  });

  it('inverts a non-speech cue only before a name', () => {
    expect(
      sourcesOf(
        'Debates by themselves are not likely to alter the campaign, noted NBC’s Dante Chinni.',
      ).map((f) => f.source),
    ).toContainEqual(expect.stringContaining('Dante Chinni'));
  });
});

describe('reduced relatives and colon paragraphs', () => {
  it('takes the noun before a publishing participle, not the date after it', () => {
    const found = sourcesOf(
      'A Government Accountability Office report released last year found that the agency could not be sure.',
    );
    expect(found.map((f) => f.source)).toContainEqual(
      expect.stringContaining('Government Accountability Office report'),
    );
  });

  it('reads the paragraph after "X added:" as the content', () => {
    const [found] = sourcesOf(
      'The governor added:\n\nWe will not tolerate violence in our streets and we will restore order.',
    );
    expect(found).toEqual({ source: 'The governor', cue: 'added' });
  });
});

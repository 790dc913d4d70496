import { SurveyKind } from './dtos/satisfaction.enums';
import { NO_ANSWERS, satisfactionFigure } from './satisfaction-figures';

describe('satisfactionFigure', () => {
  it('has no score without answers and no response rate without resolved conversations', () => {
    expect(satisfactionFigure(SurveyKind.NPS, NO_ANSWERS, 0)).toEqual({
      survey: SurveyKind.NPS,
      answers: 0,
      score: null,
      promoters: 0,
      passives: 0,
      detractors: 0,
      responseRate: null,
    });
    expect(satisfactionFigure(SurveyKind.CSAT, NO_ANSWERS, 4).responseRate).toBe(0);
  });

  it('scores NPS as % promoters − % detractors: all passives is 0, 3 promoters and 1 detractor of 5 is 40', () => {
    const passives = { answers: 3, promoters: 0, passives: 3, detractors: 0, conversations: 3 };
    expect(satisfactionFigure(SurveyKind.NPS, passives, 6)).toMatchObject({ score: 0, responseRate: 0.5 });
    const mixed = { answers: 5, promoters: 3, passives: 1, detractors: 1, conversations: 4 };
    expect(satisfactionFigure(SurveyKind.NPS, mixed, 2)).toMatchObject({ score: 40, responseRate: 2 });
    const detractors = { answers: 2, promoters: 0, passives: 0, detractors: 2, conversations: 2 };
    expect(satisfactionFigure(SurveyKind.NPS, detractors, 2).score).toBe(-100);
  });

  it('scores CSAT as the share of 4–5 answers', () => {
    const counts = { answers: 4, promoters: 3, passives: 1, detractors: 0, conversations: 4 };
    expect(satisfactionFigure(SurveyKind.CSAT, counts, 8)).toMatchObject({ score: 0.75, responseRate: 0.5 });
  });
});

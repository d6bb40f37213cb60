import { hasCriteria, readSearch, toFilters, writeSearch } from './searchParams';

describe('job search in the address', () => {
  it('reads back what it writes', () => {
    const params = new URLSearchParams(
      'q=data+engineer&contract=CDI&contract=CDD&workplace=REMOTE&location=Lyon&salary=45000&posted=WEEK&network=1&sort=DATE',
    );
    const state = readSearch(params);
    expect(state).toMatchObject({
      query: 'data engineer',
      contractTypes: ['CDI', 'CDD'],
      workplaceTypes: ['REMOTE'],
      locations: ['Lyon'],
      salaryAtLeast: 45000,
      postedWithin: 'WEEK',
      inMyNetwork: true,
      sort: 'DATE',
    });
    expect(writeSearch(state).toString()).toBe(params.toString());
  });

  it('drops values a form could not have written', () => {
    const state = readSearch(new URLSearchParams('contract=CDI_SUPER&posted=YEAR&salary=-3&sort=NAME'));
    expect(state).toMatchObject({ contractTypes: [], postedWithin: null, salaryAtLeast: null, sort: 'RELEVANCE' });
    expect(hasCriteria(state)).toBe(false);
  });

  it('asks for the network only when signed in, and the salary yearly in euros', () => {
    const state = readSearch(new URLSearchParams('network=1&salary=40000'));
    expect(toFilters(state, false)).toMatchObject({
      inMyNetwork: false,
      salaryAtLeast: { amount: 40000, currency: 'EUR', period: 'YEAR' },
    });
    expect(toFilters(state, true).inMyNetwork).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isFhirDate, parseCsvDate, parseFhirMoment, parseX12Date } from './dates.js';

describe('dates are calendar dates in ISO form', () => {
  it('reads ISO and US spreadsheet dates and refuses impossible ones', () => {
    expect(parseCsvDate('2024-03-05')).toBe('2024-03-05');
    expect(parseCsvDate('2024-03-05T23:30:00-08:00')).toBe('2024-03-05');
    expect(parseCsvDate('3/5/2024')).toBe('2024-03-05');
    expect(parseCsvDate('03/05/2024')).toBe('2024-03-05');
    expect(parseCsvDate('2/29/2024')).toBe('2024-02-29');
    expect(parseCsvDate('2/29/2023')).toBeNull();
    expect(parseCsvDate('2/30/2024')).toBeNull();
    expect(parseCsvDate('13/1/2024')).toBeNull();
    expect(parseCsvDate('3/5/24')).toBeNull(); // two-digit years are ambiguous
    expect(parseCsvDate('yesterday')).toBeNull();
  });

  it('reads X12 CCYYMMDD', () => {
    expect(parseX12Date('20110108')).toBe('2011-01-08');
    expect(parseX12Date('20002316')).toBeNull();
    expect(parseX12Date('2011018')).toBeNull();
    expect(parseX12Date('2011O108')).toBeNull();
  });

  it('splits FHIR dateTimes into the written calendar date and the UTC instant', () => {
    expect(parseFhirMoment('1991-07-08T01:39:26+00:00')).toEqual({ date: '1991-07-08', instant: '1991-07-08T01:39:26.000Z' });
    // The calendar date is the one the source wrote, even when UTC is already the next day.
    expect(parseFhirMoment('2024-01-05T21:00:00-06:00')).toEqual({ date: '2024-01-05', instant: '2024-01-06T03:00:00.000Z' });
    expect(parseFhirMoment('2019-01-01')).toEqual({ date: '2019-01-01', instant: null });
    expect(parseFhirMoment('2019-05')).toEqual({ date: null, instant: null });
    expect(parseFhirMoment('2020-13-01T00:00:00Z')).toBeNull();
    expect(parseFhirMoment('2021-02-29')).toBeNull();
    expect(parseFhirMoment('2024-01-05T10:00:00')).toBeNull(); // a time needs an offset
    expect(isFhirDate('1975')).toBe(true);
    expect(isFhirDate('1975-02-30')).toBe(false);
  });
});

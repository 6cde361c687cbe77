import { describe, expect, it } from 'vitest';
import { deadlineInstant, defaultDeadline, displayDate } from './share-deadline';

describe('share request deadline', () => {
  it('defaults to a week from today', () => {
    expect(defaultDeadline(new Date(2027, 0, 28, 10))).toBe('4.2.2027');
  });

  it('reads a typed date as the end of that day', () => {
    const instant = deadlineInstant('15.1.2027');
    expect(instant).not.toBeNull();
    const date = new Date(instant ?? '');
    expect(displayDate(date)).toBe('15.1.2027');
    expect(date.getHours()).toBe(23);
  });

  it('refuses text that is not a real date', () => {
    expect(deadlineInstant('')).toBeNull();
    expect(deadlineInstant('31.2.2027')).toBeNull();
    expect(deadlineInstant('huomenna')).toBeNull();
  });
});

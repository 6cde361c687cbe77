import { describe, expect, it } from 'vitest';
import { routeOf } from './routes';

describe('the route of a path (for preloading the first page)', () => {
  it.each([
    ['/', '/'],
    ['/services', '/services'],
    ['/services/', '/services'],
    ['/services/0b6f', '/services/:id'],
    ['/needs/new', '/needs/new'],
    ['/needs/0b6f', '/needs/:id'],
    ['/needs/0b6f/edit', '/needs/:id/edit'],
  ])('%s opens %s', (path, route) => {
    expect(routeOf(path)?.path).toBe(route);
  });

  it('knows no route for an unknown path', () => {
    expect(routeOf('/ei-ole')).toBeUndefined();
  });
});

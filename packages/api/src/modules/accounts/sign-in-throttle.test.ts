import { DEFAULT_SIGN_IN_THROTTLE } from '../../config';
import { signInDelayMs } from './sign-in-throttle';

describe('signInDelayMs', () => {
  it('lets the first failures through at once, then doubles the wait up to the cap', () => {
    const delays = Array.from({ length: 10 }, (_, failures) => signInDelayMs(failures, DEFAULT_SIGN_IN_THROTTLE));
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000]);
  });
});

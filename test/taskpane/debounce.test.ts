import { debounce } from '../../src/taskpane/view-model/debounce';

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after a burst, and not at all when cancelled', () => {
    const action = jest.fn();
    const debounced = debounce(action, 800);
    debounced();
    jest.advanceTimersByTime(500);
    debounced();
    jest.advanceTimersByTime(799);
    expect(action).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    debounced();
    debounced.cancel();
    jest.advanceTimersByTime(2000);
    expect(action).toHaveBeenCalledTimes(1);
  });
});

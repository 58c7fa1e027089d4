import { asCodedError, DeliveryError, ErrorCode, InputError, StoreError } from '../src/errors';

describe('asCodedError', () => {
  it('keeps our own code and message, and none of what the error carries', () => {
    const input = new InputError([{ path: 'line 4', message: 'Anna skrev om sin mamma' }]);
    const coded = asCodedError(input);
    expect(coded).toEqual({ code: ErrorCode.InputInvalid, message: 'line 4: Anna skrev om sin mamma' });
    expect(Object.keys(coded).sort()).toEqual(['code', 'message']);
    expect(asCodedError(new DeliveryError('unreachable', 'channel_not_found'))).toEqual({
      code: ErrorCode.DeliveryFailed,
      message: 'delivery failed (unreachable): channel_not_found',
    });
  });

  it("keeps the code another error brought (Node's, a platform's), and the message alone", () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/tmp/x', body: { secret: 1 } });
    expect(asCodedError(enoent)).toEqual({ code: 'ENOENT', message: 'ENOENT: no such file' });
    const cause = new Error('outer', { cause: new Error('inner') });
    expect(asCodedError(cause)).toEqual({ code: ErrorCode.Unknown, message: 'outer' });
  });

  it("takes the code and message of a thrown object shaped like an error, and nothing else of it", () => {
    expect(asCodedError({ code: 'slack_webapi_request_error', message: 'socket hang up', original: { headers: {} } })).toEqual({
      code: 'slack_webapi_request_error',
      message: 'socket hang up',
    });
    expect(asCodedError({ statusCode: 500 })).toEqual({ code: ErrorCode.Unknown, message: '[object Object]' });
  });

  it('gives anything else the unknown code: an error without a usable code, a string, a value', () => {
    expect(asCodedError(Object.assign(new Error('boom'), { code: 42 }))).toEqual({ code: ErrorCode.Unknown, message: 'boom' });
    expect(asCodedError(Object.assign(new Error('boom'), { code: '' }))).toEqual({ code: ErrorCode.Unknown, message: 'boom' });
    expect(asCodedError('timed out')).toEqual({ code: ErrorCode.Unknown, message: 'timed out' });
    expect(asCodedError(undefined)).toEqual({ code: ErrorCode.Unknown, message: 'undefined' });
    expect(asCodedError(7)).toEqual({ code: ErrorCode.Unknown, message: '7' });
  });

  it("is what a StoreError's message says of its cause", () => {
    expect(new StoreError('get', new Error('connection reset')).message).toBe('store get failed: connection reset');
    expect(new StoreError('get', 'closed').message).toBe('store get failed: closed');
  });
});

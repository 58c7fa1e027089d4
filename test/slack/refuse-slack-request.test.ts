import { MAX_SLACK_BODY, refuseSlackRequest } from '../../src/slack/refuse-slack-request';

const form = 'application/x-www-form-urlencoded';

describe('refuseSlackRequest', () => {
  it.each([
    [form, '120'],
    ['application/json', '2'],
    ['application/json; charset=utf-8', '0'],
    ['APPLICATION/X-WWW-FORM-URLENCODED;charset=UTF-8', '10'],
    [form, String(MAX_SLACK_BODY)],
  ])('lets %s of %s bytes through', (type, length) => {
    expect(refuseSlackRequest({ 'content-type': type, 'content-length': length })).toBeUndefined();
  });

  it.each([
    [undefined],
    [''],
    ['text/plain'],
    ['multipart/form-data; boundary=x'],
    ['application/jsonp'],
    ['application/json-patch+json'],
    ['application/x-www-form-urlencodedx'],
    ['text/html; application/json'],
  ])('refuses a content type of %p with 415', (type) => {
    expect(refuseSlackRequest({ 'content-type': type, 'content-length': '2' })).toEqual({ status: 415, error: 'unsupported content type' });
  });

  it('refuses a body without Content-Length with 411 (chunked), before looking at the size', () => {
    expect(refuseSlackRequest({ 'content-type': form, 'transfer-encoding': 'chunked' })).toEqual({ status: 411, error: 'content-length required' });
  });

  it.each([String(MAX_SLACK_BODY + 1), '99999999999999999999', '-1', '1e3', ' 12', '12abc', ''])('refuses a Content-Length of %p with 413', (length) => {
    expect(refuseSlackRequest({ 'content-type': form, 'content-length': length })).toEqual({ status: 413, error: 'body too large' });
  });

  it('bounds a body at one megabyte', () => {
    expect(MAX_SLACK_BODY).toBe(1024 * 1024);
  });
});

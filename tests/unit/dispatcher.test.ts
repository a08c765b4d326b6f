import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { createDispatcher, type CallContext, type Handlers } from '../../services/dispatcher.ts';

/** Lets every call through as the operator, except one caller named 'nobody'. */
const authorize = async (_method: string, c: CallContext) => {
  if (c.operator === 'nobody') throw new AppError('UNAUTHENTICATED', '请先登录');
  return { via: c.via, actor: c.operator ?? 'anonymous', principal: null, session: null };
};

function dispatcherWith(overrides: Partial<Handlers>, checkOutputs = true) {
  const fail = async () => {
    throw new Error('not in this test');
  };
  const handlers = new Proxy(overrides, { get: (target, key: string) => target[key as keyof Handlers] ?? fail }) as Handlers;
  return createDispatcher(handlers, authorize, { checkOutputs });
}

const ctx: CallContext = { via: 'cli', operator: 'test' };

describe('the dispatcher', () => {
  it('passes the parsed, normalised input to the handler', async () => {
    let seen: unknown;
    const dispatch = dispatcherWith({
      'cases.list': async (input) => {
        seen = input;
        return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
      },
    });
    expect(await dispatch('cases.list', { search: '张三' }, ctx)).toEqual({
      ok: true,
      value: { items: [], total: 0, page: 1, pageSize: 20 },
    });
    expect(seen).toMatchObject({ page: 1, pageSize: 20, search: '张三' });
  });

  it('refuses unknown methods, including inherited property names', async () => {
    const dispatch = dispatcherWith({});
    for (const method of ['nope', 'toString', '__proto__', 'constructor'])
      expect(await dispatch(method, {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('asks who is calling before it looks at the input', async () => {
    const dispatch = dispatcherWith({});
    expect(await dispatch('cases.register', { nonsense: true }, { via: 'cli', operator: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses extra fields where the contract takes none', async () => {
    const dispatch = dispatcherWith({ 'setup.status': async () => ({ done: false, ownCommittee: null }) });
    expect(await dispatch('setup.status', { sql: 'drop table cases' }, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('passes typed errors through and hides unexpected ones behind a Chinese message', async () => {
    const dispatch = dispatcherWith({
      'cases.get': async () => {
        throw new AppError('NOT_FOUND', '没有找到这件案件');
      },
      'committees.list': async () => {
        throw new Error('secret internals at /home/wang');
      },
      'app.info': async () => {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    });
    expect(await dispatch('cases.get', { id: '01937a3c-5f2e-7b41-9c0d-3e2f1a4b5c6d' }, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到这件案件' },
    });
    const internal = await dispatch('committees.list', {}, ctx);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(await dispatch('app.info', {}, ctx)).toMatchObject({ ok: false, error: { code: 'DB_LOCKED' } });
  });

  it('catches a handler answering outside its contract', async () => {
    const dispatch = dispatcherWith({ 'committees.list': async () => [{ name: 'no id' }] as never });
    expect(await dispatch('committees.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

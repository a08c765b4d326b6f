// The pages of the district's hub page, server-rendered in Simplified Chinese. Every value goes through html``
// (escaped); the page needs no script and no inline style (the Content-Security-Policy forbids both).
import type { HubDeviceRow, HubStatus } from '../status.ts';
import { ADMIN_ACTIONS, ROLE_LABELS, type AdminLogEntry, type StaffMember } from '../staff.ts';
import { PASSWORD_MIN_LENGTH } from '../passwords.ts';
import { ENROLMENT_DAYS } from '../enrolment.ts';
import { html, type Html, type HtmlValue } from './html.ts';

/** What the 停用设备 pages show of a device. */
export type DeviceSummary = Pick<HubDeviceRow, 'deviceId' | 'committeeCode' | 'enrolledAt' | 'revokedAt' | 'lastBatchAt' | 'appVersion'>;

export type NavKey = 'overview' | 'enrol' | 'revoke' | 'staff' | 'log' | 'password' | 'none';

export interface PageContext {
  hubName: string;
  /** The signed-in staff member, or null (sign-in and error pages). */
  staff: StaffMember | null;
  /** The session's form token, put into every POST form. */
  csrf: string | null;
  flash?: { kind: 'ok' | 'error'; text: string } | undefined;
}

const NAV: { key: NavKey; href: string; label: string; admin: boolean }[] = [
  { key: 'overview', href: '/admin/', label: '概况', admin: false },
  { key: 'enrol', href: '/admin/enrol', label: '登记码', admin: true },
  { key: 'revoke', href: '/admin/revoke', label: '停用设备', admin: true },
  { key: 'staff', href: '/admin/staff', label: '工作人员', admin: true },
  { key: 'log', href: '/admin/log', label: '操作记录', admin: true },
];

/** An ISO time in Beijing time (UTC+8, no daylight saving), to the minute: `2026-12-01 16:00`. */
/** A table of devices: id, committee code, enrolment, last batch, app version, then `last` (its title and cell). */
function deviceTable(devices: DeviceSummary[], lastTitle: string, last: (d: DeviceSummary) => Html): Html {
  return html`<table>
    <thead>
      <tr>
        <th>设备编号</th>
        <th>调委会代码</th>
        <th>登记时间</th>
        <th>最近批次</th>
        <th>软件版本</th>
        <th>${lastTitle}</th>
      </tr>
    </thead>
    <tbody>
      ${devices.map(
        (d) =>
          html`<tr>
            <td><code>${d.deviceId}</code></td>
            <td>${d.committeeCode ?? '—'}</td>
            <td>${beijing(d.enrolledAt)}</td>
            <td>${beijing(d.lastBatchAt)}</td>
            <td>${d.appVersion ?? '—'}</td>
            <td>${last(d)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function beijing(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The hidden form-token field of a POST form. */
export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}" />`;
}

function flashOf(flash: PageContext['flash'], error?: string | null): Html {
  return html`${flash ? html`<p class="flash ${flash.kind}" role="status">${flash.text}</p>` : ''}${
    error ? html`<p class="flash error" role="alert">${error}</p>` : ''
  }`;
}

/** The page around every screen: the hub's name, the menu for the staff member's role, who is signed in. */
export function layout(ctx: PageContext, title: string, current: NavKey, body: HtmlValue, options: { narrow?: boolean } = {}): Html {
  const staff = ctx.staff;
  const menu = staff
    ? NAV.filter((n) => !n.admin || staff.role === 'admin').map(
        (n) => html`<a href="${n.href}" ${n.key === current ? html` class="current" aria-current="page"` : ''}>${n.label}</a>`,
      )
    : [];
  const me = staff
    ? html`<div class="me">
        <span>${staff.displayName}（${ROLE_LABELS[staff.role]}）</span>
        <a href="/admin/password">修改密码</a>
        <form method="post" action="/admin/logout">${csrfField(ctx)}<button type="submit">退出</button></form>
      </div>`
    : '';
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${ctx.hubName}</title>
<link rel="stylesheet" href="/admin/style.css">
</head>
<body>
<header class="top"><span class="hub">${ctx.hubName}</span><nav>${menu}</nav>${me}</header>
<main${options.narrow ? html` class="narrow"` : ''}>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

export function loginPage(
  ctx: PageContext,
  form: { loginToken: string; username?: string; error?: string | null; notice?: string | null },
): Html {
  return layout(
    ctx,
    '工作人员登录',
    'none',
    html`${form.notice ? html`<p class="flash ok" role="status">${form.notice}</p>` : ''}${flashOf(undefined, form.error)}
      <form class="stack" method="post" action="/admin/login">
        <input type="hidden" name="_login" value="${form.loginToken}" />
        <label
          >登录名<input name="username" autocomplete="username" required maxlength="64" value="${form.username ?? ''}" autofocus
        /></label>
        <label>密码<input name="password" type="password" autocomplete="current-password" required maxlength="200" /></label>
        <button class="primary" type="submit">登录</button>
      </form>
      <p class="hint">连续输错密码5次，账户将锁定15分钟。忘记密码请联系区级平台管理员重置。</p>`,
    { narrow: true },
  );
}

export function passwordPage(ctx: PageContext, form: { forced: boolean; error?: string | null }): Html {
  return layout(
    ctx,
    form.forced ? '请先设置新密码' : '修改密码',
    'password',
    html`${flashOf(ctx.flash, form.error)}${form.forced ? html`<p>您正在使用临时密码登录。请设置只有您自己知道的新密码后继续。</p>` : ''}
      <form class="stack" method="post" action="/admin/password">
        ${csrfField(ctx)}
        <label
          >当前密码${form.forced ? '（临时密码）' : ''}<input
            name="current"
            type="password"
            autocomplete="current-password"
            required
            maxlength="200"
        /></label>
        <label
          >新密码<input name="next" type="password" autocomplete="new-password" required minlength="${PASSWORD_MIN_LENGTH}" maxlength="200"
        /></label>
        <label
          >再次输入新密码<input
            name="confirm"
            type="password"
            autocomplete="new-password"
            required
            minlength="${PASSWORD_MIN_LENGTH}"
            maxlength="200"
        /></label>
        <button class="primary" type="submit">保存新密码</button>
      </form>
      <p class="hint">新密码至少${PASSWORD_MIN_LENGTH}个字符，不能包含登录名。</p>`,
    { narrow: true },
  );
}

function deviceState(d: DeviceSummary): Html {
  return d.revokedAt ? html`<span class="tag bad">已停用 ${beijing(d.revokedAt)}</span>` : html`<span class="tag ok">在用</span>`;
}

export function overviewPage(ctx: PageContext, status: HubStatus): Html {
  const committees = status.committees.length
    ? html`<table>
        <thead>
          <tr>
            <th>调委会</th>
            <th>区划代码</th>
            <th>设备</th>
            <th>最近批次</th>
            <th>记录数</th>
            <th>退回</th>
            <th>核对值</th>
          </tr>
        </thead>
        <tbody>
          ${status.committees.map(
            (c) =>
              html`<tr>
                <td>${c.name ?? html`<span class="muted">（尚未收到名称）</span>`}<br /><code>${c.committeeId}</code></td>
                <td>${c.areaCode ?? '—'}</td>
                <td class="num">${c.devices.length}</td>
                <td>${beijing(c.lastBatchAt)}</td>
                <td class="num">${c.records}</td>
                <td class="num">${c.rejected > 0 ? html`<span class="tag warn">${c.rejected}</span>` : '0'}</td>
                <td><code>${c.hash}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p class="muted">还没有调委会的数据。</p>`;
  const devices = status.devices.length
    ? deviceTable(status.devices, '状态', (d) => html`${deviceState(d)}`)
    : html`<p class="muted">还没有登记的设备。</p>`;
  return layout(
    ctx,
    '概况',
    'overview',
    html`${flashOf(ctx.flash)}
      <p class="muted">
        平台编号 <code>${status.hubId}</code> · ${status.devices.length} 台设备 · ${status.committees.length} 个调委会 · 时间均为北京时间
      </p>
      <h2>调委会</h2>
      <p class="hint">核对值与调委会“同步”页显示的一致，即表示区级平台收到的记录与本地相同。</p>
      ${committees}
      <h2>设备</h2>
      ${devices}`,
  );
}

export function enrolPage(
  ctx: PageContext,
  form: { committee?: string; days?: string; error?: string | null; created?: { code: string; committeeCode: string; expiresAt: string } },
): Html {
  const created = form.created
    ? html`<div class="card">
        <p>调委会 <strong>${form.created.committeeCode}</strong> 的登记码（仅显示这一次，请抄下或告知该调委会）：</p>
        <div class="secret" aria-label="登记码">${form.created.code}</div>
        <p>
          有效至 <strong>${beijing(form.created.expiresAt)}</strong>（北京时间），只能使用一次。调委会在枫桥“同步”页输入此码即可完成登记。
        </p>
      </div>`
    : '';
  return layout(
    ctx,
    '登记码',
    'enrol',
    html`${flashOf(ctx.flash, form.error)}${created}
      <form class="stack" method="post" action="/admin/enrol">
        ${csrfField(ctx)}
        <label
          >调委会区划代码（12位）<input name="committee" required inputmode="numeric" maxlength="18" value="${form.committee ?? ''}"
        /></label>
        <label>有效天数<input name="days" type="number" min="1" max="90" value="${form.days ?? String(ENROLMENT_DAYS)}" /></label>
        <button class="primary" type="submit">生成登记码</button>
      </form>
      <p class="hint">登记码只在生成时显示一次，平台只保存其摘要。一个码只能登记一台设备；更换电脑时为同一调委会生成新码即可。</p>`,
  );
}

export function revokePage(ctx: PageContext, devices: DeviceSummary[], error?: string | null): Html {
  const active = devices.filter((d) => d.revokedAt === null);
  const revoked = devices.filter((d) => d.revokedAt !== null);
  const rows = active.length
    ? deviceTable(active, '', (d) => html`<a class="button" href="/admin/revoke/confirm?device=${d.deviceId}">停用…</a>`)
    : html`<p class="muted">没有在用的设备。</p>`;
  return layout(
    ctx,
    '停用设备',
    'revoke',
    html`${flashOf(ctx.flash, error)}
      <p class="hint">设备丢失、报废或不再使用时停用：此后平台拒收它发送的批次。停用不能撤销，该电脑需重新生成密钥并用新登记码登记。</p>
      ${rows}
      ${
        revoked.length
          ? html`<h2>已停用</h2>
              <ul>
                ${revoked.map((d) => html`<li><code>${d.deviceId}</code>（${d.committeeCode ?? '—'}），停用于 ${beijing(d.revokedAt)}</li>`)}
              </ul>`
          : ''
      }`,
  );
}

export function revokeConfirmPage(ctx: PageContext, device: DeviceSummary): Html {
  return layout(
    ctx,
    '确认停用设备',
    'revoke',
    html`<div class="card">
      <p>确定停用设备 <code>${device.deviceId}</code> 吗？</p>
      <p>调委会代码 ${device.committeeCode ?? '—'} · 登记于 ${beijing(device.enrolledAt)} · 最近批次 ${beijing(device.lastBatchAt)}</p>
      <p><strong>停用后平台将拒收该设备的批次，且不能恢复。</strong></p>
      <div class="actions">
        <form class="inline" method="post" action="/admin/revoke">
          ${csrfField(ctx)}
          <input type="hidden" name="device" value="${device.deviceId}" />
          <input type="hidden" name="confirm" value="yes" />
          <button class="danger" type="submit">确认停用</button>
        </form>
        <a class="button" href="/admin/revoke">取消</a>
      </div>
    </div>`,
  );
}

function staffState(s: StaffMember, now: Date): Html {
  if (s.deactivatedAt) return html`<span class="tag bad">已停用</span>`;
  if (s.lockedUntil && s.lockedUntil > now.toISOString()) return html`<span class="tag warn">锁定至 ${beijing(s.lockedUntil)}</span>`;
  if (s.mustChangePassword) return html`<span class="tag warn">待设新密码</span>`;
  return html`<span class="tag ok">在用</span>`;
}

export function staffPage(
  ctx: PageContext,
  members: StaffMember[],
  now: Date,
  form: { error?: string | null; secret?: { username: string; password: string; what: string }; add?: Record<string, string> } = {},
): Html {
  const me = ctx.staff?.staffId;
  const secret = form.secret
    ? html`<div class="card">
        <p>${form.secret.what}：<strong>${form.secret.username}</strong> 的临时密码（仅显示这一次）：</p>
        <div class="secret" aria-label="临时密码">${form.secret.password}</div>
        <p>请当面或电话告知本人。首次登录时必须改为自己的新密码。</p>
      </div>`
    : '';
  const rows = members.map(
    (s) =>
      html`<tr>
        <td>${s.username}</td>
        <td>${s.displayName}</td>
        <td>${ROLE_LABELS[s.role]}</td>
        <td>${staffState(s, now)}</td>
        <td>${beijing(s.lastLoginAt)}</td>
        <td>
          ${
            s.deactivatedAt || s.staffId === me
              ? s.staffId === me
                ? html`<span class="muted">（本人）</span>`
                : ''
              : html`<div class="actions">
                  <form class="inline" method="post" action="/admin/staff/reset">
                    ${csrfField(ctx)}<input type="hidden" name="username" value="${s.username}" /><button type="submit">重置密码</button>
                  </form>
                  <a class="button" href="/admin/staff/deactivate?username=${s.username}">停用…</a>
                </div>`
          }
        </td>
      </tr>`,
  );
  const add = form.add ?? {};
  return layout(
    ctx,
    '工作人员',
    'staff',
    html`${flashOf(ctx.flash, form.error)}${secret}
      <table>
        <thead>
          <tr>
            <th>登录名</th>
            <th>姓名</th>
            <th>角色</th>
            <th>状态</th>
            <th>最近登录</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <h2>添加工作人员</h2>
      <form class="stack" method="post" action="/admin/staff/add">
        ${csrfField(ctx)}
        <label>登录名<input name="username" required maxlength="32" autocomplete="off" value="${add['username'] ?? ''}" /></label>
        <label>姓名<input name="displayName" maxlength="40" value="${add['displayName'] ?? ''}" /></label>
        <label
          >角色<select name="role">
            <option value="viewer" ${add['role'] === 'admin' ? '' : html` selected`}>查看人员（只看概况）</option>
            <option value="admin" ${add['role'] === 'admin' ? html` selected` : ''}>管理员</option>
          </select></label
        >
        <button class="primary" type="submit">添加并生成临时密码</button>
      </form>`,
  );
}

export function staffDeactivatePage(ctx: PageContext, member: StaffMember): Html {
  return layout(
    ctx,
    '确认停用工作人员',
    'staff',
    html`<div class="card">
      <p>
        确定停用
        <strong>${member.displayName}</strong
        >（${member.username}，${ROLE_LABELS[member.role]}）吗？停用后其不能再登录，已登录的会话立即失效。
      </p>
      <div class="actions">
        <form class="inline" method="post" action="/admin/staff/deactivate">
          ${csrfField(ctx)}
          <input type="hidden" name="username" value="${member.username}" />
          <button class="danger" type="submit">确认停用</button>
        </form>
        <a class="button" href="/admin/staff">取消</a>
      </div>
    </div>`,
  );
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('；');
}

export function logPage(ctx: PageContext, entries: AdminLogEntry[], page: number, pages: number, total: number): Html {
  const label = (action: string) => (ADMIN_ACTIONS as Record<string, string>)[action] ?? action;
  const rows = entries.map(
    (e) =>
      html`<tr>
        <td>${beijing(e.at)}</td>
        <td>${e.actor}</td>
        <td>${label(e.action)}</td>
        <td class="mono">${detailText(e.detail)}</td>
        <td>${e.ip ?? '—'}</td>
      </tr>`,
  );
  return layout(
    ctx,
    '操作记录',
    'log',
    html`<p class="muted">共 ${total} 条，最新的在前（北京时间）。</p>
      <table>
        <thead>
          <tr>
            <th>时间</th>
            <th>操作人</th>
            <th>操作</th>
            <th>内容</th>
            <th>来源地址</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <div class="pager">
        ${page > 1 ? html`<a class="button" href="/admin/log?page=${page - 1}">上一页</a>` : ''}
        <span>第 ${page} / ${pages} 页</span>
        ${page < pages ? html`<a class="button" href="/admin/log?page=${page + 1}">下一页</a>` : ''}
      </div>`,
  );
}

export function errorPage(ctx: PageContext, status: number, message: string): Html {
  const titles: Record<number, string> = {
    400: '请求有误',
    403: '无权访问',
    404: '页面不存在',
    405: '不支持的请求方式',
    409: '操作未完成',
    413: '提交的内容过大',
    415: '不支持的提交格式',
    429: '请求过于频繁',
    500: '服务器内部错误',
    503: '服务暂时不可用',
  };
  const title = titles[status] ?? (status >= 500 ? '服务器错误' : '请求未能完成');
  return layout(
    ctx,
    title,
    'none',
    html`<p>${message}</p>
      <p><a class="button" href="/admin/">返回概况</a>${ctx.staff ? '' : html` <a class="button" href="/admin/login">登录</a>`}</p>`,
    { narrow: true },
  );
}

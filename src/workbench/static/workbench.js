// The coordinator's workbench: draws the draft from /workbench/state and
// saves each change at once. Every text is set as text (never as markup);
// reply text is never put in an address. Served as its own file, so the
// page's Content Security Policy allows no inline script.


(() => {
  const main = document.getElementById('content');
  const status = document.getElementById('status');
  const lang = main.dataset.lang;
  let state = null;
  let queue = Promise.resolve();

  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (value === true) node.setAttribute(key, '');
      else if (value !== false && value !== undefined && value !== null) node.setAttribute(key, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };
  const s = (key, vars = {}) => (state.strings[key] || key).replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
  let uid = 0;
  const id = (prefix) => `${prefix}-${++uid}`;

  function say(text) {
    status.textContent = text;
  }

  async function call(path, body) {
    const res = await fetch(`${path}?lang=${lang}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-lnb-csrf': state.csrf },
      body: JSON.stringify(body || {}),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || s('failed'));
    return data;
  }

  /** One change at a time, in the order made; the answer is the new state. */
  function save(path, body, done) {
    queue = queue.then(async () => {
      try {
        const data = await call(path, body);
        if (data.questions) draw(data);
        say(done ? done(data) : data.message || s('saved'));
      } catch (e) {
        say(e.message);
      }
    });
    return queue;
  }
  const edit = (body) => save('/workbench/edit', body);

  function themeOptions(question, current) {
    const options = question.themes.filter((t) => t.id !== current).map((t) => el('option', { value: t.id, text: t.label }));
    options.push(el('option', { value: '__unplaced', text: s('unplacedOption') }));
    if (current) options.push(el('option', { value: '__new', text: s('newThemeOption') }));
    return options;
  }

  function moveReply(question, reply, target, from) {
    if (target === '__new') return edit({ kind: 'split', question: question.id, theme: from, replies: [reply.id], label: s('newThemeLabel') });
    return edit({ kind: 'move', question: question.id, reply: reply.id, to: target === '__unplaced' ? null : target });
  }

  function replyItem(question, reply, theme) {
    const selectId = id('move');
    const select = el('select', { id: selectId, dataset: { focus: `move-${reply.id}` } }, themeOptions(question, theme?.id));
    const quoted = theme ? theme.quoteIds.includes(reply.id) : false;
    let quote = null;
    if (theme && !reply.excluded) {
      if (reply.quotable) {
        const boxId = id('quote');
        quote = el('span', { class: 'quote' }, [
          el('input', {
            type: 'checkbox',
            id: boxId,
            checked: quoted,
            dataset: { focus: `quote-${reply.id}` },
            onchange: (event) => {
              const ids = theme.quoteIds.filter((q) => q !== reply.id);
              if (event.target.checked) {
                if (ids.length >= 3) {
                  event.target.checked = false;
                  say(s('quoteLimit'));
                  return;
                }
                ids.push(reply.id);
              }
              edit({ kind: 'quotes', question: question.id, theme: theme.id, replies: ids });
            },
          }),
          el('label', { for: boxId, text: s('quote') }),
        ]);
      } else {
        quote = el('span', { class: 'not-quotable', text: s('notQuotable') });
      }
    }
    const item = el(
      'li',
      {
        class: `reply${reply.excluded ? ' excluded' : ''}${quoted ? ' quoted' : ''}`,
        draggable: 'true',
        'aria-label': s('reply', { who: reply.who, network: reply.network }),
        dataset: { reply: reply.id },
        ondragstart: (event) => {
          event.dataTransfer.setData('application/x-lnb-reply', JSON.stringify({ question: question.id, reply: reply.id }));
          event.dataTransfer.effectAllowed = 'move';
        },
      },
      [
        el('p', { class: 'text', text: reply.text }),
        el('p', { class: 'meta', text: `${reply.who} · ${reply.network}${reply.excluded ? ` · ${s('excluded')}` : ''}` }),
        el('div', { class: 'tools' }, [
          el('label', { for: selectId, text: s('moveLabel') }),
          select,
          el('button', { type: 'button', text: s('move'), onclick: () => moveReply(question, reply, select.value, theme?.id) }),
          quote,
          el('button', {
            type: 'button',
            class: 'exclude',
            'aria-pressed': reply.excluded ? 'true' : 'false',
            dataset: { focus: `exclude-${reply.id}` },
            text: reply.excluded ? s('include') : s('exclude'),
            onclick: () => edit({ kind: 'exclude', reply: reply.id, excluded: !reply.excluded }),
          }),
        ]),
      ],
    );
    return item;
  }

  /** A drop target for replies dragged from the same question. */
  function dropTarget(node, question, to) {
    node.addEventListener('dragover', (event) => {
      if (!event.dataTransfer.types.includes('application/x-lnb-reply')) return;
      event.preventDefault();
      node.classList.add('over');
    });
    node.addEventListener('dragleave', () => node.classList.remove('over'));
    node.addEventListener('drop', (event) => {
      node.classList.remove('over');
      const raw = event.dataTransfer.getData('application/x-lnb-reply');
      if (!raw) return;
      event.preventDefault();
      const { question: q, reply } = JSON.parse(raw);
      if (q === question.id) edit({ kind: 'move', question: q, reply, to });
    });
  }

  function themeSection(question, theme, index) {
    const headingId = id('theme');
    const labelId = id('label');
    const summaryId = id('summary');
    const mergeId = id('merge');
    const labelInput = el('input', { id: labelId, value: theme.label, maxlength: 200, dataset: { focus: `label-${theme.id}` } });
    const summary = el('textarea', { id: summaryId, rows: 3, dataset: { focus: `summary-${theme.id}` } });
    summary.value = theme.summary;
    const others = question.themes.filter((t) => t.id !== theme.id);
    const merge = el('select', { id: mergeId, dataset: { focus: `merge-${theme.id}` } }, others.map((t) => el('option', { value: t.id, text: t.label })));
    const section = el('section', { class: 'theme', 'aria-labelledby': headingId, dataset: { theme: theme.id } }, [
      el('h3', { id: headingId, text: theme.label }),
      el('p', { class: 'facts', text: theme.facts }),
      el(
        'form',
        {
          class: 'row',
          onsubmit: (event) => {
            event.preventDefault();
            const label = labelInput.value.trim();
            if (label) edit({ kind: 'rename', question: question.id, theme: theme.id, label });
          },
        },
        [el('label', { for: labelId, text: s('themeLabel') }), labelInput, el('button', { type: 'submit', text: s('rename') })],
      ),
      el(
        'form',
        {
          class: 'stack',
          onsubmit: (event) => {
            event.preventDefault();
            edit({ kind: 'summary', question: question.id, theme: theme.id, text: summary.value });
          },
        },
        [el('label', { for: summaryId, text: s('summaryLabel') }), summary, el('button', { type: 'submit', text: s('saveSummary') })],
      ),
      el('div', { class: 'row' }, [
        el('button', {
          type: 'button',
          text: s('moveUp'),
          disabled: index === 0,
          dataset: { focus: `up-${theme.id}` },
          onclick: () => edit({ kind: 'reorder', question: question.id, theme: theme.id, to: index - 1 }),
        }),
        el('button', {
          type: 'button',
          text: s('moveDown'),
          disabled: index === question.themes.length - 1,
          dataset: { focus: `down-${theme.id}` },
          onclick: () => edit({ kind: 'reorder', question: question.id, theme: theme.id, to: index + 1 }),
        }),
        others.length > 0 ? el('label', { for: mergeId, text: s('mergeLabel') }) : null,
        others.length > 0 ? merge : null,
        others.length > 0
          ? el('button', {
              type: 'button',
              text: s('merge'),
              onclick: () => edit({ kind: 'merge', question: question.id, from: theme.id, into: merge.value }),
            })
          : null,
      ]),
      theme.replies.length > 0
        ? el('ul', { class: 'replies' }, theme.replies.map((r) => replyItem(question, r, theme)))
        : el('p', { class: 'empty', text: s('emptyTheme') }),
    ]);
    dropTarget(section, question, theme.id);
    return section;
  }

  function tray(question, key, hint, replies) {
    if (replies.length === 0 && key === 'fresh') return null;
    const headingId = id('tray');
    const section = el('section', { class: `tray ${key}`, 'aria-labelledby': headingId }, [
      el('h3', { id: headingId, text: `${s(key)} (${replies.length})` }),
      el('p', { class: 'hint', text: hint }),
      el('ul', { class: 'replies' }, replies.map((r) => replyItem(question, r, null))),
    ]);
    if (key === 'unplaced') dropTarget(section, question, null);
    return section;
  }

  function choiceChart(question) {
    return el('div', { class: 'choice' }, [
      el(
        'ul',
        { class: 'bars' },
        question.options.map((o) => {
          const barId = id('bar');
          return el('li', {}, [
            el('label', { for: barId, text: `${o.label}: ${o.count} (${o.percent} %)` }),
            el('progress', { id: barId, max: 100, value: o.percent, text: `${o.percent} %` }),
          ]);
        }),
      ),
      el('p', { class: 'hint', text: question.caption }),
    ]);
  }

  function questionSection(question, n) {
    const headingId = id('question');
    return el('section', { class: 'question', 'aria-labelledby': headingId }, [
      el('h2', { id: headingId, text: `${s('question', { n })}: ${question.text}` }),
      question.kind === 'choice' ? choiceChart(question) : el('p', { class: 'hint', text: s('dragHint') }),
      ...(question.kind === 'text'
        ? [
            ...question.themes.map((t, i) => themeSection(question, t, i)),
            tray(question, 'unplaced', s('unplacedHint'), question.unplaced),
            tray(question, 'fresh', s('freshHint'), question.fresh),
          ]
        : []),
    ]);
  }

  function reflectionSection() {
    const areaId = id('reflection');
    const area = el('textarea', { id: areaId, rows: 6, dataset: { focus: 'reflection' } });
    area.value = state.reflection;
    return el('section', { class: 'reflection', 'aria-labelledby': `${areaId}-h` }, [
      el('h2', { id: `${areaId}-h`, text: s('reflection') }),
      el(
        'form',
        {
          class: 'stack',
          onsubmit: (event) => {
            event.preventDefault();
            edit({ kind: 'reflection', text: area.value });
          },
        },
        [el('label', { for: areaId, text: s('reflection') }), area, el('button', { type: 'submit', text: s('saveReflection') })],
      ),
    ]);
  }

  function draw(next) {
    const focused = document.activeElement?.dataset?.focus;
    state = next;
    document.getElementById('title').textContent = state.title;
    document.getElementById('scope').textContent = `${state.scope} · ${s('version', { version: state.version })}`;
    document.getElementById('undo').disabled = !state.canUndo;
    document.getElementById('publish').hidden = !state.canPublish;
    document.getElementById('logout-csrf').value = state.csrf;
    main.replaceChildren(
      ...state.questions.map((q, i) => questionSection(q, i + 1)),
      reflectionSection(),
      state.role === 'leader' ? el('p', { class: 'hint', text: s('leaderNoPublish') }) : null,
    );
    if (focused) main.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  document.getElementById('undo').addEventListener('click', () => save('/workbench/undo'));
  document.getElementById('regroup').addEventListener('click', () => {
    const text = state.edits > 0 ? s('regroupConfirm', { count: state.edits }) : s('regroupNone');
    if (window.confirm(text)) save('/workbench/regroup');
  });
  const dialog = document.getElementById('publish-dialog');
  document.getElementById('publish').addEventListener('click', () => {
    document.getElementById('publish-channels').replaceChildren(...state.channels.map((c) => el('li', { text: c })));
    dialog.showModal();
  });
  document.getElementById('publish-no').addEventListener('click', () => dialog.close());
  document.getElementById('publish-yes').addEventListener('click', () => {
    dialog.close();
    queue = queue.then(async () => {
      try {
        say((await call('/workbench/publish')).message);
      } catch (e) {
        say(e.message);
      }
    });
  });

  fetch(`/workbench/state?lang=${lang}`, { credentials: 'same-origin' })
    .then(async (res) => {
      const data = await res.json();
      if (!res.ok) throw new Error(data.error || res.statusText);
      draw(data);
      say('');
    })
    .catch((e) => say(e.message));
})();

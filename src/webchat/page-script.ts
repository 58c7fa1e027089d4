/**
 * The page's own script, plain ES2017 so every browser Web Chat supports
 * runs it unbuilt. It reads its settings from the page, asks the bot's
 * Direct Line for a token for the chosen identity, and renders Web Chat
 * (window.WebChat, from the bundle served at /webchat/webchat.js). A
 * change of network or role ends the conversation and opens a fresh one:
 * one identity per conversation, as on a real platform.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('lnb-config').textContent);
  var networkSelect = document.getElementById('lnb-network');
  var roleSelect = document.getElementById('lnb-role');
  var who = document.getElementById('lnb-who');
  var holder = document.getElementById('lnb-chat');
  var directLine = null;

  function fill(template, vars) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) { return name in vars ? vars[name] : whole; });
  }

  function identity() {
    var network = config.networks.filter(function (n) { return n.id === networkSelect.value; })[0] || config.networks[0];
    if (roleSelect.value === 'leader' && network.leader) return { id: network.leader, name: network.leaderName, network: network.id };
    if (roleSelect.value === 'coordinator' && config.coordinator) return { id: config.coordinator, name: config.coordinatorName, network: network.id };
    return { id: network.participant, name: network.participantName, network: network.id };
  }

  function start() {
    var me = identity();
    who.textContent = fill(config.strings.youAre, { name: me.name, id: me.id });
    if (directLine) directLine.end();
    directLine = null;
    var box = document.createElement('div');
    box.className = 'lnb-webchat';
    box.setAttribute('data-user', me.id);
    holder.replaceChildren(box);
    fetch(config.domain + '/tokens/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: me.id, name: me.name }, network: me.network, locale: config.locale })
    })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      })
      .then(function (session) {
        directLine = window.WebChat.createDirectLine({ domain: config.domain, token: session.token, webSocket: false, pollingInterval: 500 });
        box.setAttribute('data-conversation', session.conversationId);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            userID: me.id,
            username: me.name,
            locale: config.webChatLocale,
            styleOptions: { hideUploadButton: true, bubbleMaxWidth: 760, botAvatarInitials: 'LN', userAvatarInitials: config.strings.initials }
          },
          box
        );
      })
      .catch(function (e) {
        box.textContent = fill(config.strings.failed, { reason: e.message });
      });
  }

  networkSelect.addEventListener('change', start);
  roleSelect.addEventListener('change', start);
  start();
})();
`;

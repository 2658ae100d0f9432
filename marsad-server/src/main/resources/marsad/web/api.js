'use strict';
// Lists the endpoints of /openapi.json with DOM APIs (no markup from data).
(async function () {
  const box = document.getElementById('endpoints');
  const spec = await (await fetch('/openapi.json')).json();
  const table = document.createElement('table');
  table.className = 'grid';
  const head = table.createTHead().insertRow();
  for (const h of ['method', 'path', 'summary', 'parameters']) {
    const th = document.createElement('th');
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const tr = body.insertRow();
      tr.insertCell().textContent = method.toUpperCase();
      const code = document.createElement('code');
      code.textContent = path;
      tr.insertCell().appendChild(code);
      tr.insertCell().textContent = op.summary || '';
      const params = (op.parameters || []).map(p => p.$ref ? p.$ref.split('/').pop() : p.name);
      tr.insertCell().textContent = params.join(', ');
    }
  }
  box.appendChild(table);
})();

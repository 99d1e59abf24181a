// The voyager: every object type the chosen token can reach from a root, as a map. The schema
// comes from the sandbox by introspection with the kind's token; dagre lays the graph out in
// layers (as GraphQL Voyager does with Graphviz) and Cytoscape draws it and lets you pan, zoom and
// select. The panel shows the selected type's documentation, field by field.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('console-config').textContent);

  const INTROSPECTION = `query VoyagerIntrospection {
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name description
      fields(includeDeprecated: true) {
        name description isDeprecated deprecationReason
        args { name description type { ...TypeRef } defaultValue }
        type { ...TypeRef }
      }
      interfaces { name }
      possibleTypes { name }
    }
  }
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
}`;

  const COMPOSITE = new Set(['OBJECT', 'INTERFACE', 'UNION']);
  const FONT = '12px ui-monospace, "Fira Code", Menlo, Consolas, monospace';
  const LINE_HEIGHT = 16;

  const status = document.getElementById('voyager-status');
  const details = document.getElementById('voyager-details');
  const search = document.getElementById('voyager-search');
  const matches = document.getElementById('voyager-matches');
  const rootSelect = document.getElementById('voyager-root');

  const state = { types: new Map(), cy: null, selected: null };

  // What the browser tests and a curious developer can reach from the devtools console.
  window.optixVoyager = {
    select: (name) => select(name, true),
    edgesBetween: (source, target) =>
      state.cy
        .edges()
        .filter((e) => e.data('source') === source && e.data('target') === target)
        .map((e) => e.data('field'))
        .sort(),
    typeCount: () => (state.cy ? state.cy.nodes().length : 0),
    drawMillis: 0,
  };

  function fail(message) {
    document.body.dataset.state = 'error';
    status.textContent = message;
  }

  function namedType(ref) {
    while (ref.ofType) {
      ref = ref.ofType;
    }
    return ref.name;
  }

  function typeText(ref) {
    if (ref.kind === 'NON_NULL') {
      return typeText(ref.ofType) + '!';
    }
    if (ref.kind === 'LIST') {
      return '[' + typeText(ref.ofType) + ']';
    }
    return ref.name;
  }

  // The composite types a type points at: its fields' types, a union's members, an interface's
  // implementations.
  function links(type) {
    const out = [];
    for (const field of type.fields || []) {
      const target = namedType(field.type);
      if (COMPOSITE.has(state.types.get(target).kind)) {
        out.push({ field: field.name, target: target, style: 'field' });
      }
    }
    for (const member of type.possibleTypes || []) {
      out.push({ field: null, target: member.name, style: 'possible' });
    }
    return out;
  }

  function reachable(rootName) {
    const seen = new Set([rootName]);
    const queue = [rootName];
    while (queue.length) {
      for (const link of links(state.types.get(queue.shift()))) {
        if (!seen.has(link.target)) {
          seen.add(link.target);
          queue.push(link.target);
        }
      }
    }
    return seen;
  }

  function nodeLabel(type) {
    const lines = [type.name, ''];
    for (const field of type.fields || []) {
      lines.push(field.name + ': ' + typeText(field.type));
    }
    for (const member of type.possibleTypes || []) {
      lines.push('| ' + member.name);
    }
    return lines;
  }

  // One canvas measures every node's text.
  const measuring = document.createElement('canvas').getContext('2d');

  function measure(lines) {
    measuring.font = FONT;
    const width = Math.max(...lines.map((line) => measuring.measureText(line).width));
    return { width: Math.ceil(width) + 24, height: lines.length * LINE_HEIGHT + 16 };
  }

  function build(rootName) {
    const names = [...reachable(rootName)].sort();
    const nodes = [];
    const edges = [];
    const graph = new dagre.graphlib.Graph({ multigraph: true });
    graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 120, edgesep: 8 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const name of names) {
      const type = state.types.get(name);
      const lines = nodeLabel(type);
      const size = measure(lines);
      graph.setNode(name, size);
      nodes.push({
        group: 'nodes',
        data: {
          id: name,
          label: lines.join('\n'),
          kind: type.kind,
          root: name === rootName ? 'yes' : 'no',
          width: size.width,
          height: size.height,
        },
      });
      for (const link of links(type)) {
        const id = name + (link.field ? '.' + link.field : '|' + link.target);
        graph.setEdge(name, link.target, {}, id);
        edges.push({
          group: 'edges',
          data: {
            id: id,
            source: name,
            target: link.target,
            field: link.field || '',
            style: link.style,
          },
        });
      }
    }
    dagre.layout(graph);
    const positions = {};
    for (const name of names) {
      const node = graph.node(name);
      positions[name] = { x: node.x, y: node.y };
    }
    return { elements: nodes.concat(edges), positions: positions };
  }

  function draw(rootName) {
    const started = performance.now();
    const built = build(rootName);
    if (state.cy) {
      state.cy.destroy();
    }
    state.cy = cytoscape({
      container: document.getElementById('voyager-graph'),
      elements: built.elements,
      layout: { name: 'preset', positions: (node) => built.positions[node.id()], fit: true },
      minZoom: 0.02,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            shape: 'round-rectangle',
            width: 'data(width)',
            height: 'data(height)',
            'background-color': '#ffffff',
            'border-width': 1,
            'border-color': '#7f93a8',
            label: 'data(label)',
            'font-family': 'ui-monospace, "Fira Code", Menlo, Consolas, monospace',
            'font-size': 12,
            'line-height': LINE_HEIGHT / 12,
            'text-wrap': 'wrap',
            'text-max-width': '100000px',
            'text-valign': 'center',
            'text-halign': 'center',
            'text-justification': 'left',
            color: '#1b2430',
            'min-zoomed-font-size': 6,
          },
        },
        { selector: 'node[kind = "INTERFACE"]', style: { 'border-style': 'dashed' } },
        { selector: 'node[kind = "UNION"]', style: { 'background-color': '#f4f0ff' } },
        {
          selector: 'node[root = "yes"]',
          style: { 'background-color': '#14202e', color: '#f3f6f9' },
        },
        {
          selector: 'edge',
          style: {
            width: 1,
            'curve-style': 'bezier',
            'line-color': '#a9b7c6',
            'target-arrow-color': '#a9b7c6',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            label: 'data(field)',
            'font-size': 10,
            color: '#3c4a58',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'min-zoomed-font-size': 8,
          },
        },
        { selector: 'edge[style = "possible"]', style: { 'line-style': 'dashed' } },
        { selector: '.faded', style: { opacity: 0.15 } },
        {
          selector: 'node.focus',
          style: { 'border-width': 3, 'border-color': '#0b63b6' },
        },
        {
          selector: 'edge.focus',
          style: {
            width: 2,
            'line-color': '#0b63b6',
            'target-arrow-color': '#0b63b6',
            'z-index': 10,
          },
        },
      ],
    });
    // Fitted whole, a large schema's labels are too small to read: start readable, at the root
    // (its top in view when it is taller than the window).
    const readable = 0.55;
    if (state.cy.zoom() < readable) {
      const root = state.cy.getElementById(rootName);
      state.cy.zoom(readable);
      state.cy.pan({
        x: 40 - (root.position('x') - root.width() / 2) * readable,
        y: Math.max(
          20 - (root.position('y') - root.height() / 2) * readable,
          state.cy.height() / 2 - root.position('y') * readable,
        ),
      });
    }
    window.optixVoyager.drawMillis = Math.round(performance.now() - started);
    state.cy.on('tap', 'node', (event) => select(event.target.id(), false));
    state.cy.on('tap', 'edge', (event) => select(event.target.data('source'), false));
    state.cy.on('tap', (event) => {
      if (event.target === state.cy) {
        clearSelection();
      }
    });
  }

  function clearSelection() {
    state.selected = null;
    state.cy.elements().removeClass('faded focus');
    showOverview();
  }

  function select(name, center) {
    const type = state.types.get(name);
    if (!type) {
      return false;
    }
    state.selected = name;
    const node = state.cy.getElementById(name);
    if (node.nonempty()) {
      const neighbourhood = node.closedNeighborhood();
      state.cy.elements().addClass('faded').removeClass('focus');
      neighbourhood.removeClass('faded');
      node.addClass('focus');
      node.connectedEdges().addClass('focus');
      if (center) {
        state.cy.animate({ center: { eles: node }, zoom: Math.max(state.cy.zoom(), 0.8) }, {
          duration: 250,
        });
      }
    }
    showType(type);
    return true;
  }

  function element(tag, className, text) {
    const created = document.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (text !== undefined) {
      created.textContent = text;
    }
    return created;
  }

  // A field's type as text, its named type a link when the map can show it.
  function typeReference(ref) {
    const span = element('span');
    const text = typeText(ref);
    const name = namedType(ref);
    const at = text.indexOf(name);
    span.append(text.slice(0, at));
    const target = state.types.get(name);
    if (target && state.cy.getElementById(name).nonempty()) {
      const link = element('button', 'voyager-type-link', name);
      link.type = 'button';
      link.dataset.type = name;
      link.addEventListener('click', () => select(name, true));
      span.append(link);
    } else {
      span.append(element('span', 'voyager-type-plain', name));
    }
    span.append(text.slice(at + name.length));
    return span;
  }

  function description(text) {
    return element('p', 'voyager-description', text || 'No description.');
  }

  function showType(type) {
    details.textContent = '';
    const title = element('h2', null, type.name);
    title.id = 'voyager-type-name';
    details.append(title, element('span', 'voyager-kind', type.kind), description(type.description));
    if (type.interfaces && type.interfaces.length) {
      details.append(
        element('p', null, 'Implements ' + type.interfaces.map((i) => i.name).join(', ')),
      );
    }
    const list = element('ul', 'voyager-fields');
    list.setAttribute('aria-label', 'Fields of ' + type.name);
    for (const field of type.fields || []) {
      const item = element('li');
      item.dataset.field = field.name;
      const head = element('div');
      head.append(element('span', 'voyager-field-name', field.name));
      if (field.args.length) {
        head.append('(' + field.args.map((a) => a.name + ': ' + typeText(a.type)).join(', ') + ')');
      }
      head.append(': ', typeReference(field.type));
      item.append(head, description(field.description));
      if (field.isDeprecated) {
        item.append(
          element('div', 'voyager-deprecated', 'Deprecated: ' + (field.deprecationReason || '')),
        );
      }
      list.append(item);
    }
    for (const member of type.possibleTypes || []) {
      const item = element('li');
      item.append('Possible type: ', typeReference({ kind: 'OBJECT', name: member.name }));
      list.append(item);
    }
    details.append(list);
  }

  function showOverview() {
    details.textContent = '';
    details.append(
      element('h2', null, 'Schema (' + config.kind + ' token)'),
      element(
        'p',
        null,
        state.cy.nodes().length +
          ' types reachable from ' +
          rootSelect.value +
          ', ' +
          state.cy.edges().length +
          ' connections. Select a type on the map or find one above; scroll to zoom, drag to move.',
      ),
    );
  }

  function showMatches() {
    const text = search.value.trim().toLowerCase();
    matches.textContent = '';
    if (!text) {
      matches.hidden = true;
      return;
    }
    const found = [...state.types.values()]
      .filter((t) => COMPOSITE.has(t.kind) && !t.name.startsWith('__'))
      .filter((t) => t.name.toLowerCase().includes(text))
      .sort((a, b) => rank(a.name, text) - rank(b.name, text) || a.name.localeCompare(b.name))
      .slice(0, 50);
    for (const type of found) {
      const item = element('li');
      const button = element('button', null, type.name);
      button.type = 'button';
      button.dataset.type = type.name;
      button.addEventListener('click', () => {
        matches.hidden = true;
        search.value = type.name;
        select(type.name, true);
      });
      item.append(button);
      matches.append(item);
    }
    matches.hidden = found.length === 0;
  }

  function rank(name, text) {
    const lower = name.toLowerCase();
    return lower === text ? 0 : lower.startsWith(text) ? 1 : 2;
  }

  search.addEventListener('input', showMatches);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = matches.querySelector('button');
      if (first) {
        first.click();
      }
    } else if (event.key === 'Escape') {
      matches.hidden = true;
    }
  });

  async function load() {
    const headers = { 'Content-Type': 'application/json', Authorization: 'Bearer ' + config.token };
    headers[config.consoleHeader] = 'voyager';
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    const body = await response.json();
    if (!response.ok || !body.data) {
      throw new Error((body.errors || [{ message: 'HTTP ' + response.status }])[0].message);
    }
    const schema = body.data.__schema;
    for (const type of schema.types) {
      state.types.set(type.name, type);
    }
    for (const root of [schema.queryType, schema.mutationType]) {
      if (root) {
        rootSelect.append(new Option(root.name, root.name));
      }
    }
    rootSelect.addEventListener('change', () => {
      draw(rootSelect.value);
      showOverview();
    });
    draw(schema.queryType.name);
    showOverview();
    document.body.dataset.state = 'ready';
  }

  load().catch((error) => fail('Cannot show the schema: ' + error.message));
})();

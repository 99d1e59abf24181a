// The playground: GraphiQL (from the sandbox's jar) with the chosen token kind's token filled in,
// Optix's `me` example preloaded, and every request marked as the console's, so that the sandbox
// refuses mutations unless it was started with --console-mutations.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('console-config').textContent);

  const EXAMPLE = [
    '# Who does this token act for? Optix\'s own example.',
    '# Run it with the play button (or Ctrl-Enter).',
    '# Add user_id under user: completion suggests it.',
    '# The book icon (left) opens the Docs of every type.',
    config.kind === 'organization'
      ? '# An organization token acts for no user (user is\n# null): switch to Personal above to act as one.'
      : '# A personal token acts for one member.',
    'query Me {',
    '  me {',
    '    authType',
    '    user {',
    '      name',
    '      email',
    '    }',
    '    organization {',
    '      name',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  // GraphiQL keeps tabs and queries in localStorage: one namespace per token kind, so the two
  // kinds' queries (valid against different schemas) do not overwrite each other.
  function namespacedStorage(prefix) {
    const keys = () =>
      Object.keys(window.localStorage).filter((key) => key.startsWith(prefix));
    return {
      getItem: (key) => window.localStorage.getItem(prefix + key),
      setItem: (key, value) => window.localStorage.setItem(prefix + key, value),
      removeItem: (key) => window.localStorage.removeItem(prefix + key),
      clear: () => keys().forEach((key) => window.localStorage.removeItem(key)),
      get length() {
        return keys().length;
      },
    };
  }

  const extraHeaders = {};
  extraHeaders[config.consoleHeader] = 'playground';
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint, headers: extraHeaders });

  const container = document.getElementById('graphiql');
  container.textContent = '';
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      // GraphiQL reopens the stored tab whose query and headers equal these, or adds a tab with
      // them: the example stays one tab however often the page is loaded. Headers are stored with
      // the tab for that match (the token is the sandbox's own).
      query: EXAMPLE,
      headers: JSON.stringify({ Authorization: 'Bearer ' + config.token }, null, 2),
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers',
      storage: namespacedStorage('optixgql-sandbox:' + config.kind + ':'),
    }),
  );
})();

/// The one style sheet and the one script of every page, served from
/// `/static/`; written by hand and shipped in the binary, so the explorer
/// works offline and the Content-Security-Policy can forbid inline script.
enum Assets {
    static let stylesheet = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #1565c0; --mark: #fff3b0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); background: #f7f9fb; }
        header { display: flex; align-items: center; gap: 18px; padding: 8px 20px; background: #102a43; color: #fff; flex-wrap: wrap; }
        header a { color: #d9e2ec; text-decoration: none; }
        header a:hover, header a.here { color: #fff; text-decoration: underline; }
        header .brand { font-weight: 700; color: #fff; margin-right: 8px; }
        main { max-width: 1200px; margin: 0 auto; padding: 16px 20px 48px; }
        h1 { font-size: 26px; margin: 8px 0; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        a { color: var(--accent); }
        .search { position: relative; flex: 1; max-width: 520px; }
        .search input { width: 100%; padding: 6px 10px; border-radius: 4px; border: 1px solid #829ab1; font-size: 15px; }
        .big-search { max-width: 640px; margin: 24px 0; }
        .big-search input { font-size: 20px; padding: 10px 14px; }
        .suggestions { position: absolute; top: 100%; left: 0; right: 0; z-index: 10; background: #fff; color: var(--ink); border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 4px 16px rgba(0,0,0,.15); max-height: 420px; overflow-y: auto; }
        .suggestions:empty { display: none; }
        .suggestions .group { padding: 4px 10px; font-size: 12px; color: var(--muted); background: #f0f4f8; }
        .suggestions a { display: block; padding: 5px 14px; color: var(--ink); text-decoration: none; }
        .suggestions a.active, .suggestions a:hover { background: #e3f2fd; }
        .suggestions .via { color: var(--muted); font-size: 12px; margin-left: 8px; }
        .label { display: inline-block; padding: 0 8px; border-radius: 10px; background: #e3f2fd; color: #0d47a1; font-size: 12px; margin-right: 4px; }
        table { border-collapse: collapse; background: #fff; margin: 8px 0; }
        th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; font-weight: 600; }
        .muted { color: var(--muted); }
        .toolbar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
        .button, button { display: inline-block; padding: 4px 12px; border: 1px solid #829ab1; border-radius: 4px; background: #fff; color: var(--ink); text-decoration: none; font-size: 14px; cursor: pointer; }
        .button:hover, button:hover { background: #e3f2fd; }
        .diagram { background: #fff; border: 1px solid var(--line); overflow: auto; max-height: 720px; padding: 8px; }
        .diagram svg { max-width: 100%; height: auto; }
        .diagram svg a:hover polygon, .diagram svg a:hover ellipse { stroke-width: 2.5; }
        mark { background: var(--mark); padding: 0 1px; }
        blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid #f0b429; background: #fffbea; }
        details.sources summary { cursor: pointer; color: var(--accent); }
        .document { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 16px; line-height: 1.9; }
        .document mark { cursor: pointer; }
        .document mark.selected { background: #ffd54f; outline: 2px solid #f0b429; }
        .split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 16px; align-items: start; }
        .panel { position: sticky; top: 8px; background: #fff; border: 1px solid var(--line); padding: 10px; max-height: 90vh; overflow-y: auto; }
        .panel li { margin: 4px 0; }
        .panel.filtered li { display: none; }
        .panel.filtered li.shown { display: list-item; background: #fffbea; }
        form.query textarea { width: 100%; font: 14px/1.5 ui-monospace, monospace; padding: 8px; }
        .question { background: #fff; border: 1px solid var(--line); padding: 8px 12px; margin: 8px 0; }
        .question h3 { margin: 0 0 4px; font-size: 16px; }
        .question label { margin-right: 12px; }
        pre.error, .error { color: #b71c1c; background: #ffebee; padding: 8px; border-radius: 4px; white-space: pre-wrap; }
        .conflict { background: #fff; border: 1px solid var(--line); padding: 8px 12px; margin: 8px 0; }
        @media (max-width: 800px) { .split { grid-template-columns: 1fr; } }
        """

    static let script = """
        // Search suggestions as you type, grouped by label; keyboard and mouse.
        (function () {
          document.querySelectorAll('form.search').forEach(function (form) {
            var input = form.querySelector('input[name=q]');
            var box = form.querySelector('.suggestions');
            var timer = null, serial = 0;
            function links() { return Array.prototype.slice.call(box.querySelectorAll('a')); }
            function show(data) {
              box.textContent = '';
              data.groups.forEach(function (group) {
                var heading = document.createElement('div');
                heading.className = 'group';
                heading.textContent = group.label + ' (' + group.nodes.length + ')';
                box.appendChild(heading);
                group.nodes.forEach(function (node) {
                  var link = document.createElement('a');
                  link.href = node.url;
                  link.className = 'suggestion';
                  link.textContent = node.name;
                  if (node.matched) {
                    var via = document.createElement('span');
                    via.className = 'via';
                    via.textContent = node.matched;
                    link.appendChild(via);
                  }
                  box.appendChild(link);
                });
              });
            }
            input.addEventListener('input', function () {
              clearTimeout(timer);
              var text = input.value.trim();
              if (!text) { box.textContent = ''; return; }
              timer = setTimeout(function () {
                var mine = ++serial;
                fetch('/api/search?limit=20&q=' + encodeURIComponent(text))
                  .then(function (r) { return r.json(); })
                  .then(function (data) { if (mine === serial) show(data); })
                  .catch(function () {});
              }, 120);
            });
            input.addEventListener('keydown', function (event) {
              var all = links(), at = all.findIndex(function (a) { return a.classList.contains('active'); });
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (at >= 0) all[at].classList.remove('active');
                at = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0);
                if (all[at]) all[at].classList.add('active');
              } else if (event.key === 'Enter' && at >= 0) {
                event.preventDefault();
                window.location = all[at].href;
              } else if (event.key === 'Escape') {
                box.textContent = '';
              }
            });
          });
          // Document page: a click on a highlight shows its facts in the panel.
          var panel = document.getElementById('facts');
          if (panel) {
            document.querySelectorAll('.document mark[data-facts]').forEach(function (mark) {
              mark.addEventListener('click', function () {
                document.querySelectorAll('.document mark.selected').forEach(function (m) { m.classList.remove('selected'); });
                mark.classList.add('selected');
                panel.classList.add('filtered');
                panel.querySelectorAll('li.shown').forEach(function (li) { li.classList.remove('shown'); });
                mark.getAttribute('data-facts').split(' ').forEach(function (id) {
                  var li = document.getElementById('fact-' + id);
                  if (li) li.classList.add('shown');
                });
                var heading = document.getElementById('facts-heading');
                if (heading) heading.textContent = 'Facts stated here';
              });
            });
          }
        })();
        """
}

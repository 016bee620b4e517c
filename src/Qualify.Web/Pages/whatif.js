// The what-if island (progressive enhancement): without it the form's button re-forecasts; with it, changing a
// what-if re-forecasts at once. It builds the page's address with the what-ifs in the CLI's form
// (fix=Canada 2-1 USA), fetches that page, and swaps the forecast and the fixtures' odds into this one.
(function () {
  'use strict';
  var form = document.getElementById('whatif');
  if (!form || !window.fetch || !window.DOMParser) { return; }

  function address() {
    var params = new URLSearchParams();
    ['as-of', 'sims', 'seed'].forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value) { params.append(name, input.value); }
    });
    form.querySelectorAll('tr[data-testid="fixture"]').forEach(function (row) {
      var hg = row.querySelector('input[name="hg"]').value, ag = row.querySelector('input[name="ag"]').value;
      var select = row.querySelector('select[name="fix"]');
      if (hg !== '' && ag !== '') {
        params.append('fix', row.dataset.home + ' ' + hg + '-' + ag + ' ' + row.dataset.away);
      } else if (select.value) {
        params.append('fix', select.value);
      }
    });
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  var pending = null;
  function reforecast() {
    var url = address();
    if (pending) { pending.abort(); }
    pending = new AbortController();
    document.body.classList.add('busy');
    fetch(url, { signal: pending.signal, headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.text().then(function (text) { return { ok: response.ok, text: text }; }); })
      .then(function (answer) {
        if (!answer.ok) { window.location.assign(url); return; }
        var page = new DOMParser().parseFromString(answer.text, 'text/html');
        var forecast = page.getElementById('forecast');
        if (forecast) { document.getElementById('forecast').innerHTML = forecast.innerHTML; }
        page.querySelectorAll('tr[data-testid="fixture"]').forEach(function (row) {
          var mine = form.querySelector('tr[data-testid="fixture"][data-key="' + CSS.escape(row.dataset.key) + '"]');
          if (!mine) { return; }
          var control = mine.querySelector('td.whatif');
          Array.prototype.slice.call(mine.children).forEach(function (cell) { if (cell !== control) { cell.remove(); } });
          Array.prototype.slice.call(row.children).forEach(function (cell) {
            if (!cell.classList.contains('whatif')) { mine.insertBefore(document.importNode(cell, true), control); }
          });
        });
        history.replaceState(null, '', url);
      })
      .catch(function (error) { if (error.name !== 'AbortError') { window.location.assign(url); } })
      .finally(function () { document.body.classList.remove('busy'); });
  }

  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.name === 'fix' || target.name === 'hg' || target.name === 'ag') {
      if ((target.name === 'hg' || target.name === 'ag')) {
        var row = target.closest('tr');
        if (row.querySelector('input[name="hg"]').value === '' || row.querySelector('input[name="ag"]').value === '') { return; }
      }
      reforecast();
    }
  });
})();

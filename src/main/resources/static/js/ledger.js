// The ledger pages' behaviour, without inline scripts: print buttons, the trend and ranking charts (ECharts),
// and the grid map coloured by an indicator (Leaflet, vector shapes only).
(function () {
  document.querySelectorAll('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));

  if (typeof echarts !== 'undefined') {
    const trend = document.getElementById('ledger-trend');
    if (trend) {
      const data = JSON.parse(trend.dataset.trend);
      const series = data.series.map((line) => ({ name: line.name, type: 'line', data: line.values, connectNulls: true }));
      series.push({ name: data.counts.name, type: 'bar', yAxisIndex: 1, data: data.counts.values, itemStyle: { opacity: 0.35 } });
      echarts.init(trend).setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 48, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: data.labels },
        yAxis: [{ type: 'value', name: data.percent, min: 0, max: 100 }, { type: 'value', name: data.count }],
        series: series
      });
    }
    document.querySelectorAll('table[data-chart-bars]').forEach((table) => {
      const rows = Array.from(table.querySelectorAll('tbody tr[data-label]')).filter((row) => row.dataset.score);
      if (rows.length === 0) {
        return;
      }
      const box = document.createElement('div');
      box.className = 'chart';
      box.setAttribute('aria-hidden', 'true');
      table.parentElement.insertBefore(box, table);
      echarts.init(box).setOption({
        tooltip: {},
        grid: { left: 120, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', min: 0, max: 100 },
        yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.dataset.label) },
        series: [{ type: 'bar', data: rows.map((row) => Number(row.dataset.score)), itemStyle: { color: '#b42318' } }]
      });
    });
  }

  const element = document.getElementById('ledger-map');
  if (element && typeof L !== 'undefined') {
    const data = JSON.parse(element.dataset.values);
    const palette = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
    const numbers = Object.values(data.values).map((entry) => parseFloat(entry.value)).filter((value) => !isNaN(value));
    const low = numbers.length ? Math.min(...numbers) : 0;
    const high = numbers.length ? Math.max(...numbers) : 0;
    const step = (high - low) / palette.length || 1;
    const classOf = (value) => Math.min(palette.length - 1, Math.floor((value - low) / step));
    const colour = (code) => {
      const entry = data.values[code];
      const value = entry ? parseFloat(entry.value) : NaN;
      return isNaN(value) ? '#d9e2ec' : palette[classOf(value)];
    };
    const legend = document.getElementById('ledger-legend');
    const addLegend = (fill, text) => {
      const line = document.createElement('div');
      const swatch = document.createElement('i');
      swatch.style.background = fill;
      line.appendChild(swatch);
      line.appendChild(document.createTextNode(text));
      legend.appendChild(line);
    };
    const unit = data.kind === 'RATE' ? ' %' : '';
    palette.forEach((fill, index) => {
      if (numbers.length) {
        addLegend(fill, (low + step * index).toFixed(1) + unit + ' – ' + (low + step * (index + 1)).toFixed(1) + unit);
      }
    });
    addLegend('#d9e2ec', data.noData);
    const map = L.map(element, { zoomSnap: 0.25 });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    }
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then((response) => response.json())
      .then((collection) => {
        const layer = L.geoJSON(collection, {
          style: (feature) => ({ color: '#52606d', weight: 1, fillColor: colour(feature.properties.code), fillOpacity: 0.8 }),
          onEachFeature: (feature, shape) => {
            const entry = data.values[feature.properties.code];
            const text = entry ? entry.value + unit + ' (' + entry.numerator + (entry.denominator !== '' ? ' / ' + entry.denominator : '') + ')' : data.noData;
            shape.bindTooltip(feature.properties.name + ': ' + text);
          }
        }).addTo(map);
        if (layer.getLayers().length > 0) {
          map.fitBounds(layer.getBounds());
        } else {
          map.setView([31.24, 121.40], 14);
        }
      });
  }
})();

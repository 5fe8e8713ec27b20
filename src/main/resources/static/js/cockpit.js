// The leader cockpit: the grids coloured by open and overdue work with the open concerns as markers (vector layers,
// no tiles needed), and a chart drawn from each figure's table. The page's polling (htmx) replaces the figures; the
// charts are drawn again from the new tables and the map reloads its load and markers.
(function () {
  const charts = [];

  function rowsOf(figure) {
    return Array.from(figure.querySelectorAll('table.chart-data tbody tr')).map((row) => ({
      name: row.querySelector('th').textContent.trim(),
      value: Number(row.querySelector('td').textContent.trim())
    }));
  }

  function barOption(rows) {
    return {
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category', inverse: true, data: rows.map((row) => row.name),
        axisTick: { show: false }, axisLabel: { color: '#1f2933', fontSize: 13 }
      },
      series: [{
        type: 'bar', data: rows.map((row) => row.value), barMaxWidth: 22,
        itemStyle: { color: '#1d4ed8', borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: '#1f2933', fontSize: 13 }
      }]
    };
  }

  function pieOption(rows) {
    return {
      animation: false,
      color: ['#b42318', '#1d4ed8', '#027a48', '#9aa5b1'],
      series: [{
        type: 'pie', radius: ['30%', '58%'], center: ['50%', '52%'],
        data: rows.filter((row) => row.value > 0),
        label: {
          show: true, color: '#1f2933', fontSize: 13,
          formatter: (item) => item.name + '\n' + item.value + ' (' + Math.round(item.percent) + '%)'
        },
        labelLine: { length: 10, length2: 8 }
      }]
    };
  }

  function emptyOption(text) {
    return {
      animation: false,
      title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#52606d', fontSize: 14, fontWeight: 'normal' } }
    };
  }

  function drawCharts(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    for (let i = charts.length - 1; i >= 0; i--) {
      if (!document.body.contains(charts[i].getDom())) {
        charts[i].dispose();
        charts.splice(i, 1);
      }
    }
    root.querySelectorAll('figure[data-chart]').forEach((figure) => {
      const box = figure.querySelector('.chart');
      if (!box || echarts.getInstanceByDom(box)) {
        return;
      }
      const rows = rowsOf(figure);
      const total = rows.reduce((sum, row) => sum + row.value, 0);
      const chart = echarts.init(box, null, { renderer: 'svg' });
      if (total === 0) {
        chart.setOption(emptyOption(figure.dataset.empty));
      } else {
        chart.setOption(figure.dataset.chart === 'pie' ? pieOption(rows) : barOption(rows));
      }
      charts.push(chart);
    });
  }

  window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
  if (typeof htmx !== 'undefined') {
    htmx.onLoad((content) => drawCharts(content.querySelectorAll ? content : document));
  } else {
    drawCharts(document);
  }

  const element = document.getElementById('cockpit-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  const legend = document.getElementById('cockpit-legend');
  const colour = (selector) => getComputedStyle(legend.querySelector(selector + ' .swatch')).backgroundColor;
  const colours = {
    none: colour('[data-load="none"]'), low: colour('[data-load="low"]'), mid: colour('[data-load="mid"]'),
    high: colour('[data-load="high"]'), overdue: colour('[data-load="overdue"]'),
    concern: colour('[data-marker="open"]'), concernOverdue: colour('[data-marker="overdue"]')
  };
  const loadClass = (load) => {
    if (!load || load.open === 0) {
      return 'none';
    }
    if (load.overdue > 0) {
      return 'overdue';
    }
    return load.open <= 2 ? 'low' : (load.open <= 5 ? 'mid' : 'high');
  };

  const map = L.map(element, { zoomSnap: 0.25 });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  let loads = {};
  const grids = L.geoJSON(null, {
    style: (feature) => ({
      color: '#52606d', weight: 1, fillOpacity: 0.75,
      fillColor: colours[loadClass(loads[feature.properties.code])]
    }),
    onEachFeature: (feature, shape) => {
      shape.bindTooltip(() => {
        const load = loads[feature.properties.code];
        return feature.properties.name + (load ? '：' + load.label : '');
      });
      shape.on('click', () => { window.location.href = element.dataset.areaLink + feature.properties.code; });
    }
  }).addTo(map);
  const concerns = L.geoJSON(null, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: feature.properties.overdue ? 7 : 5, weight: 2, color: '#fff', fillOpacity: 0.95,
      fillColor: feature.properties.overdue ? colours.concernOverdue : colours.concern
    }),
    onEachFeature: (feature, marker) => {
      marker.bindTooltip(feature.properties.label);
      marker.on('click', () => { window.location.href = feature.properties.href; });
    }
  }).addTo(map);
  const layers = {};
  layers[element.dataset.gridsLabel] = grids;
  layers[element.dataset.concernsLabel] = concerns;
  L.control.layers(null, layers, { collapsed: false }).addTo(map);

  const json = (url) => fetch(url, { headers: { Accept: 'application/geo+json, application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.status))));

  function refresh() {
    json(element.dataset.load).then((body) => {
      loads = body.grids;
      grids.setStyle(grids.options.style);
      element.dataset.loaded = 'true';
    });
    json(element.dataset.concerns).then((collection) => {
      concerns.clearLayers();
      concerns.addData(collection);
      concerns.bringToFront();
    });
  }

  json(element.dataset.grids).then((collection) => {
    grids.addData(collection);
    if (grids.getLayers().length > 0) {
      map.fitBounds(grids.getBounds());
    } else {
      map.setView([31.24, 121.40], 14);
    }
    refresh();
  });
  document.body.addEventListener('htmx:afterSettle', (event) => {
    if (event.detail.target && event.detail.target.id === 'cockpit-kpis') {
      refresh();
    }
  });
})();

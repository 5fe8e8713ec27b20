// Maps drawn as vector layers (tiles only when a tile URL is configured); all data comes from data-* attributes.
(function () {
  if (typeof L === 'undefined') {
    return;
  }
  const LIGHT_COLOURS = { GREEN: '#12b76a', YELLOW: '#f79009', RED: '#d92d20' };

  function baseMap(element) {
    const map = L.map(element, { zoomSnap: 0.25 });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    }
    return map;
  }

  function outlines(url, highlight) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } })
      .then((response) => (response.ok ? response.json() : { type: 'FeatureCollection', features: [] }))
      .then((collection) => L.geoJSON(collection, {
        style: (feature) => (feature.properties.code === highlight
          ? { color: '#1d4ed8', weight: 2, fillColor: '#93c5fd', fillOpacity: 0.35 }
          : { color: '#667085', weight: 1, fillColor: '#e4e7ec', fillOpacity: 0.2 }),
        onEachFeature: (feature, shape) => shape.bindTooltip(feature.properties.name)
      }));
  }

  // Maps are drawn when the page loads and again whenever htmx swaps in content holding one.
  function init(root) {
    const scope = root.querySelectorAll ? root : document;
    const pending = (selector) => Array.from(scope.querySelectorAll(selector))
      .concat(scope.matches && scope.matches(selector) ? [scope] : [])
      .filter((element) => !element.dataset.drawn && (element.dataset.drawn = 'yes'));
    pending('#case-map').forEach(drawCase);
    pending('#pick-map').forEach(drawPick);
    pending('[data-markers]').forEach(drawMarkers);
  }

  // One concern: its spot, over its community's grids when the viewer may see them.
  function drawCase(caseMap) {
    const map = baseMap(caseMap);
    const spot = [parseFloat(caseMap.dataset.lat), parseFloat(caseMap.dataset.lon)];
    L.circleMarker(spot, { radius: 8, color: '#b42318', fillColor: '#f04438', fillOpacity: 0.9 }).addTo(map);
    map.setView(spot, 17);
    if (caseMap.dataset.geojson) {
      outlines(caseMap.dataset.geojson, caseMap.dataset.highlight).then((layer) => layer.addTo(map).bringToBack());
    }
  }

  // Picking the spot of a report: click (or tap) the map, or use the phone's location; the fields stay editable.
  function drawPick(pickMap) {
    const map = baseMap(pickMap);
    const lat = document.getElementById('lat');
    const lon = document.getElementById('lon');
    let marker = null;
    let outlineLayer = null;
    const show = (url) => outlines(url).then((layer) => {
      if (outlineLayer) {
        map.removeLayer(outlineLayer);
      }
      outlineLayer = layer.addTo(map);
      if (!marker && layer.getLayers().length > 0) {
        map.fitBounds(layer.getBounds());
      }
    });
    const place = (latitude, longitude, recentre) => {
      lat.value = latitude.toFixed(6);
      lon.value = longitude.toFixed(6);
      if (marker) {
        marker.setLatLng([latitude, longitude]);
      } else {
        marker = L.marker([latitude, longitude], { keyboard: false }).addTo(map);
      }
      if (recentre) {
        map.setView([latitude, longitude], 17);
        show(pickMap.dataset.outline + '?lat=' + latitude + '&lon=' + longitude);
      }
      document.body.dispatchEvent(new Event('located'));
    };
    map.setView([31.23, 121.47], 11);
    if (pickMap.dataset.home) {
      show(pickMap.dataset.outline + '?code=' + encodeURIComponent(pickMap.dataset.home));
    }
    if (lat.value && lon.value) {
      place(parseFloat(lat.value), parseFloat(lon.value), true);
    }
    map.on('click', (event) => place(event.latlng.lat, event.latlng.lng, false));
    [lat, lon].forEach((field) => field.addEventListener('change', () => {
      if (lat.value && lon.value) {
        place(parseFloat(lat.value), parseFloat(lon.value), true);
      }
    }));
    const locate = document.getElementById('locate-me');
    if (locate && navigator.geolocation) {
      locate.addEventListener('click', () => navigator.geolocation.getCurrentPosition(
        (position) => place(position.coords.latitude, position.coords.longitude, true)));
    } else if (locate) {
      locate.hidden = true;
    }
  }

  // Open concerns as markers coloured by their traffic light, each linking to its page.
  function drawMarkers(element) {
    const map = baseMap(element);
    map.setView([31.23, 121.47], 11);
    const drawn = [];
    const grids = element.dataset.geojson
      ? outlines(element.dataset.geojson).then((layer) => { layer.addTo(map); drawn.push(layer); })
      : Promise.resolve();
    const points = fetch(element.dataset.markers, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : []))
      .then((markers) => {
        const layer = L.featureGroup(markers.map((marker) => L.circleMarker([marker.lat, marker.lon], {
          radius: 7, color: '#344054', weight: 1, fillColor: LIGHT_COLOURS[marker.light] || '#2e90fa', fillOpacity: 0.9
        }).bindTooltip(marker.label).on('click', () => { window.location.href = marker.href; })));
        layer.addTo(map);
        drawn.push(layer);
      });
    Promise.all([grids, points]).then(() => {
      const bounds = L.latLngBounds([]);
      drawn.forEach((layer) => { if (layer.getLayers().length > 0) { bounds.extend(layer.getBounds()); } });
      if (bounds.isValid()) {
        map.fitBounds(bounds, { maxZoom: 17 });
      }
    });
  }

  init(document);
  document.body.addEventListener('htmx:load', (event) => init(event.detail.elt));
})();

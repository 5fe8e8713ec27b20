// Draws an area's grids as vector shapes (no tiles needed); each grid links to its page.
(function () {
  const element = document.getElementById('area-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  const map = L.map(element, { zoomSnap: 0.25 });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
    .then((response) => response.json())
    .then((collection) => {
      const layer = L.geoJSON(collection, {
        style: () => ({ color: '#b42318', weight: 1, fillColor: '#fda29b', fillOpacity: 0.25 }),
        onEachFeature: (feature, shape) => {
          shape.bindTooltip(feature.properties.name);
          shape.on('click', () => { window.location.href = element.dataset.link + feature.properties.code; });
        }
      }).addTo(map);
      if (layer.getLayers().length > 0) {
        map.fitBounds(layer.getBounds());
      } else {
        map.setView([31.24, 121.40], 14);
      }
    });
})();

// The self-governance map (自治地图): the community's grids as vector shapes (no tiles), and each matter as a dot
// coloured by its stage, placed in the grid (or the building's grid) its scope lies in; a dot links to the matter.
(function () {
  const element = document.getElementById('matter-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  const colours = {
    RAISE: '#6941c6', DISCUSS: '#1d4ed8', DECIDE: '#b54708', FUND: '#c11574', EXECUTE: '#027a48', EVALUATE: '#475467'
  };
  const map = L.map(element, { zoomSnap: 0.25 });
  const json = (url) => fetch(url, { headers: { Accept: 'application/geo+json, application/json' } })
    .then((response) => response.json());
  Promise.all([json(element.dataset.grids), json(element.dataset.matters)]).then(([grids, matters]) => {
    const shapes = L.geoJSON(grids, {
      style: () => ({ color: '#52606d', weight: 1, fillColor: '#d9e2ec', fillOpacity: 0.35 }),
      onEachFeature: (feature, shape) => shape.bindTooltip(feature.properties.name)
    });
    const centres = {};
    shapes.eachLayer((shape) => { centres[shape.feature.properties.code] = shape.getBounds().getCenter(); });
    const whole = shapes.getLayers().length > 0 ? shapes.getBounds() : null;
    // the view first: vector layers need one before they can be drawn
    if (whole) {
      map.fitBounds(whole);
    } else {
      map.setView([31.24, 121.40], 15);
    }
    shapes.addTo(map);
    const placed = {};
    matters.forEach((matter) => {
      const grid = matter.scopeCode.substring(0, 15);
      const centre = centres[grid] || (whole ? whole.getCenter() : L.latLng(31.24, 121.40));
      const key = centres[grid] ? grid : 'community';
      const index = placed[key] = (placed[key] || 0) + 1;
      const angle = index * 2.399963;
      const radius = 0.00012 * Math.sqrt(index);
      const dot = L.circleMarker([centre.lat + radius * Math.sin(angle), centre.lng + radius * Math.cos(angle)], {
        radius: 9, className: 'matter-dot', color: '#fff', weight: 2, fillColor: colours[matter.stage] || '#1f2933', fillOpacity: 0.95
      }).addTo(map);
      dot.bindTooltip(matter.stageText + ' · ' + matter.title);
      dot.on('click', () => { window.location.href = element.dataset.link + matter.id; });
    });
  });
})();

// The resource map beside the list: the list shows one page, the map the filtered set, read from the markers
// address on the map element (data-markers-url: [id, lat, lng, name] each, same filters as the page). The first
// answer is the whole set and the first view fits it (its extent when the set is more than one answer carries);
// only when it was more does the map ask again for the markers in view (bbox=west,south,east,north) each time it
// settles after a pan or zoom, and a note asks the reader to zoom in while a view still holds more.
// Without that answer the markers are the list's own lines (data-lat / data-lng). Tiles come only from the
// configured URL; without one the markers stand on a plain background. Nearby markers are grouped when many (a
// simple grid, no plug-in).
(function () {
  'use strict';

  function init() {
    var element = document.getElementById('resource-map');
    if (!element || element.dataset.ready || typeof window.L === 'undefined') {
      return;
    }
    element.dataset.ready = '1';
    // One Leaflet for this map's whole life: a boosted (htmx) visit to a map page runs leaflet.js again and
    // replaces window.L, and bounds made by the new copy are not bounds to a map made by the old one
    // ("Bounds are not valid", seen on the second page of the list on a busy machine).
    var L = window.L;
    var map = L.map(element, { scrollWheelZoom: false, maxZoom: Number(element.dataset.maxZoom || 18) });
    var tileUrl = element.dataset.tileUrl;
    if (tileUrl) {
      var credit = element.dataset.attribution || '';
      var link = element.dataset.attributionUrl;
      var a = document.createElement('a');
      a.href = link || '#';
      a.textContent = credit;
      L.tileLayer(tileUrl, { attribution: link ? a.outerHTML : credit, maxZoom: Number(element.dataset.maxZoom || 18) }).addTo(map);
    } else {
      element.classList.add('no-tiles');
    }
    var points = [];
    var layer = L.layerGroup().addTo(map);

    function listedPoints() {
      var entries = Array.prototype.slice.call(document.querySelectorAll('.resource-entry[data-lat][data-lng]'));
      return entries.map(function (entry) {
        return { id: entry.dataset.id, lat: parseFloat(entry.dataset.lat), lng: parseFloat(entry.dataset.lng),
          name: entry.dataset.name, href: (entry.querySelector('a.resource-link') || {}).href };
      }).filter(function (p) { return !isNaN(p.lat) && !isNaN(p.lng); });
    }

    function markerPoints(answer) {
      var base = element.dataset.resourceUrl || '/map/resources/';
      return answer.markers.map(function (m) {
        return { id: String(m[0]), lat: Number(m[1]), lng: Number(m[2]), name: m[3], href: base + m[0] };
      });
    }

    function popup(point) {
      var div = document.createElement('div');
      var a = document.createElement('a');
      a.href = point.href || '#';
      a.textContent = point.name;
      div.appendChild(a);
      var entry = document.getElementById('r-' + point.id);
      var address = entry && entry.querySelector('.resource-address');
      if (address) {
        var p = document.createElement('p');
        p.textContent = address.textContent;
        div.appendChild(p);
      }
      return div;
    }

    function draw() {
      layer.clearLayers();
      // Group markers closer than about 40 pixels once there are many; a group zooms in when clicked.
      var cells = {};
      var size = points.length > 60 ? 40 : 0;
      points.forEach(function (point) {
        var key = point.id;
        if (size) {
          var pixel = map.project([point.lat, point.lng], map.getZoom());
          key = Math.floor(pixel.x / size) + ':' + Math.floor(pixel.y / size);
        }
        (cells[key] = cells[key] || []).push(point);
      });
      Object.keys(cells).forEach(function (key) {
        var group = cells[key];
        if (group.length === 1) {
          var point = group[0];
          L.circleMarker([point.lat, point.lng], { radius: 8, color: '#0b5394', weight: 2, fillColor: '#3d85c6', fillOpacity: 0.9 })
            .bindPopup(popup(point)).addTo(layer);
        } else {
          var lat = 0, lng = 0;
          group.forEach(function (p) { lat += p.lat; lng += p.lng; });
          var icon = L.divIcon({ className: 'marker-cluster', html: '<span>' + group.length + '</span>', iconSize: [34, 34] });
          L.marker([lat / group.length, lng / group.length], { icon: icon, keyboard: true, title: String(group.length) })
            .on('click', function () { map.fitBounds(L.latLngBounds(group.map(function (p) { return [p.lat, p.lng]; })).pad(0.2)); })
            .addTo(layer);
        }
      });
    }

    function fit(answer) {
      var extent = answer && answer.extent;
      if (extent) {
        map.fitBounds(L.latLngBounds([extent[0], extent[1]], [extent[2], extent[3]]).pad(0.1), { maxZoom: 15 });
      } else if (points.length) {
        map.fitBounds(L.latLngBounds(points.map(function (p) { return [p.lat, p.lng]; })).pad(0.1), { maxZoom: 15 });
      } else {
        map.setView([33.79, 129.72], 11);
      }
    }

    function show(found, answer) {
      points = found;
      draw();
      element.dataset.markers = String(points.length);
      var note = document.getElementById('markers-truncated');
      if (note) {
        note.hidden = !(answer && answer.truncated);
      }
    }

    map.on('zoomend', draw);
    var url = element.dataset.markersUrl;
    if (!url || !window.fetch) {
      points = listedPoints();
      fit(null);
      show(points);
      return;
    }

    function ask(bbox) {
      var address = bbox ? url + (url.indexOf('?') < 0 ? '?' : '&') + 'bbox=' + bbox : url;
      return fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        });
    }

    // The view as the server reads it: west,south,east,north, within ±180 / ±90 (a world view wraps past them).
    function viewBox() {
      var b = map.getBounds();
      function clamp(value, limit) { return Math.max(-limit, Math.min(limit, value)).toFixed(5); }
      return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(',');
    }

    // Only the latest view's answer is drawn: one asked before a later move is dropped when it arrives.
    var asked = 0;
    var settle;
    function followView() {
      clearTimeout(settle);
      settle = setTimeout(function () {
        var mine = ++asked;
        var bbox = viewBox();
        ask(bbox).then(function (answer) {
          if (mine === asked) {
            element.dataset.view = bbox;
            show(markerPoints(answer), answer);
          }
        }).catch(function () { /* keep the markers shown */ });
      }, 300);
    }

    ask(null)
      .then(function (answer) {
        points = markerPoints(answer);
        fit(answer);
        show(points, answer);
        if (answer.truncated) {
          map.on('moveend', followView);
        }
      })
      .catch(function () {
        points = listedPoints();
        fit(null);
        show(points);
      });
  }

  document.addEventListener('DOMContentLoaded', init);
  document.addEventListener('htmx:load', init);
  window.addEventListener('load', init);
})();

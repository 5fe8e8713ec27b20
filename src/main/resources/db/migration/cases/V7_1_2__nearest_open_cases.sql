-- The duplicate check asks for the few nearest open concerns of the last days, not for every one in a box: the
-- GiST index answers nearest first (KNN) with the time checked in the index and stops at the limit, so open concerns
-- piling up around a spot over months, or many recent ones, no longer make every intake read and sort them all.
-- Points are in Mercator coordinates (longitude, and the latitude stretched as the map stretches it), where a short
-- distance is the same number of metres in every direction, so nearest in the index is nearest on the ground.
drop index cases.case_open_near_idx;
create index case_open_nearest_idx on cases.case using gist (point(lon, degrees(ln(tan(radians(45 + lat / 2))))),
                                                             reported_at)
    where status not in ('CLOSED', 'REJECTED', 'MERGED');

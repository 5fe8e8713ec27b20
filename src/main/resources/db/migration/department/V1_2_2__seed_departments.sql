-- The functional departments a Shanghai street works with. Codes are referred to by other modules (dispatch,
-- catalogue defaults, department logins dept-cg, dept-lh, dept-fg, dept-pcs): never change them.
insert into department.department (code, name, name_en, kind) values
    ('CG',   '城管执法',   'City Management Enforcement', 'STREET_UNIT'),
    ('LH',   '绿化市容',   'Greening and City Appearance', 'DISTRICT_AGENCY'),
    ('FG',   '房管',       'Housing Management', 'STREET_UNIT'),
    ('PCS',  '派出所',     'Police Station', 'STREET_UNIT'),
    ('SCJG', '市场监管',   'Market Regulation', 'STREET_UNIT'),
    ('SW',   '水务',       'Water Affairs', 'DISTRICT_AGENCY'),
    ('JJ',   '交警',       'Traffic Police', 'DISTRICT_AGENCY'),
    ('ZZB',  '街道自治办', 'Street Self-Governance Office', 'STREET_OFFICE'),
    ('HB',   '生态环境',   'Ecology and Environment', 'DISTRICT_AGENCY'),
    ('WJ',   '卫健',       'Health Commission', 'DISTRICT_AGENCY');

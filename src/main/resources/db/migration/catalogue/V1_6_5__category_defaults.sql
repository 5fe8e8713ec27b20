-- Demo defaults for triage (三事分流 tier), dispatch (department code, see department.department) and deadlines
-- (working time). No national table of time limits or departments exists: class defaults are a sensible start,
-- the overrides marked "local rule" are published Shanghai limits, the others are judgement. Administrators
-- change any of them at runtime (PUT /api/v1/categories/{kind}/{code}).

create procedure pg_temp.set_defaults(p_kinds text[], p_codes text[], p_tier text, p_department text,
                                     p_amount integer, p_unit text) language sql as $$
    update catalogue.category
       set default_tier = p_tier, default_department_code = p_department,
           time_limit_amount = p_amount, time_limit_unit = p_unit
     where kind = any (p_kinds) and code = any (p_codes)
$$;

create procedure pg_temp.set_class_defaults(p_kinds text[], p_major text, p_tier text, p_department text,
                                           p_amount integer, p_unit text) language sql as $$
    update catalogue.category
       set default_tier = p_tier, default_department_code = p_department,
           time_limit_amount = p_amount, time_limit_unit = p_unit
     where kind = any (p_kinds) and left(code, 2) = p_major
$$;

-- National catalogue: city management is government work, so every national category is a major affair.
-- Facility classes 01–05 hold the same codes as components (部件) and as matters (事件, "… 异常"): same defaults.
call pg_temp.set_class_defaults('{COMPONENT,MATTER}', '01', 'MAJOR', 'CG', 5, 'WORKING_DAYS');  -- 市政公用设施
call pg_temp.set_class_defaults('{COMPONENT,MATTER}', '02', 'MAJOR', 'CG', 5, 'WORKING_DAYS');  -- 交通设施
call pg_temp.set_class_defaults('{COMPONENT,MATTER}', '03', 'MAJOR', 'LH', 3, 'WORKING_DAYS');  -- 市容环卫设施
call pg_temp.set_class_defaults('{COMPONENT,MATTER}', '04', 'MAJOR', 'LH', 5, 'WORKING_DAYS');  -- 园林绿化设施
call pg_temp.set_class_defaults('{COMPONENT,MATTER}', '05', 'MAJOR', 'CG', 5, 'WORKING_DAYS');  -- 其他管理部件
call pg_temp.set_class_defaults('{MATTER}', '06', 'MAJOR', 'LH', 1, 'WORKING_DAYS');            -- 市容环境类
call pg_temp.set_class_defaults('{MATTER}', '07', 'MAJOR', 'CG', 3, 'WORKING_DAYS');            -- 宣传广告类
call pg_temp.set_class_defaults('{MATTER}', '08', 'MAJOR', 'CG', 3, 'WORKING_DAYS');            -- 施工管理类
call pg_temp.set_class_defaults('{MATTER}', '09', 'MAJOR', 'CG', 1, 'WORKING_DAYS');            -- 街面秩序类
call pg_temp.set_class_defaults('{MATTER}', '10', 'MAJOR', 'CG', 5, 'WORKING_DAYS');            -- 其他事项类

-- 01 市政公用设施: open or broken manhole covers are a danger to passers-by: made safe within half a working day
update catalogue.category set time_limit_amount = 4, time_limit_unit = 'WORKING_HOURS'
 where kind in ('COMPONENT', 'MATTER') and left(code, 2) = '01' and (name like '%井盖%' or code in ('01004', '01026'));
-- water supply, drainage and flood control
update catalogue.category set default_department_code = 'SW'
 where kind in ('COMPONENT', 'MATTER')
   and code in ('01001', '01002', '01003', '01004', '01018', '01019', '01024', '01025', '01063', '01067', '01068',
                '01069', '01070', '01071', '01072', '01073');
-- police installations (the police manhole cover keeps the half-day limit of all covers)
update catalogue.category set default_department_code = 'PCS' where kind in ('COMPONENT', 'MATTER') and code = '01012';
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{01050,01051,01066}', 'MAJOR', 'PCS', 1, 'WORKING_DAYS');
-- public lifts are special equipment, supervised by market regulation
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{01076}', 'MAJOR', 'SCJG', 1, 'WORKING_DAYS');
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{01059}', 'MAJOR', 'LH', 3, 'WORKING_DAYS');       -- 旧衣物回收箱

-- 02 交通设施: signals, signs, markings and traffic furniture are the traffic police's
call pg_temp.set_defaults('{COMPONENT,MATTER}',
    '{02010,02011,02015,02016,02017,02018,02019,02020,02022,02023,02033,02043}', 'MAJOR', 'JJ', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{02014}', 'MAJOR', 'JJ', 4, 'WORKING_HOURS');      -- 交通信号灯
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{02038,02039}', 'MAJOR', 'PCS', 5, 'WORKING_DAYS'); -- 门牌, 公安指示牌

-- 03 市容环卫设施
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{03001,03005}', 'MAJOR', 'LH', 1, 'WORKING_DAYS'); -- 公厕, 垃圾箱
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{03009,03010,03011,03012,03013}', 'MAJOR', 'HB', 5, 'WORKING_DAYS');

-- 05 其他管理部件
call pg_temp.set_defaults('{COMPONENT,MATTER}', '{05002}', 'MAJOR', 'FG', 5, 'WORKING_DAYS');       -- 公房地下室

-- 06 市容环境类
call pg_temp.set_defaults('{MATTER}', '{06010}', 'MAJOR', 'LH', 1, 'WORKING_DAYS');   -- 暴露垃圾 (local rule)
call pg_temp.set_defaults('{MATTER}', '{06011}', 'MAJOR', 'LH', 4, 'WORKING_DAYS');   -- 积存垃圾渣土 (local rule)
call pg_temp.set_defaults('{MATTER}', '{06012}', 'MAJOR', 'LH', 5, 'WORKING_HOURS');  -- 道路不洁 (local rule)
-- 道路遗撒: the road must be cleaned (local rule: road cleaning 2 working hours)
call pg_temp.set_defaults('{MATTER}', '{06014}', 'MAJOR', 'LH', 2, 'WORKING_HOURS');
-- 私搭乱建: illegal construction. The local rule has three stages (stop within 4 working hours, penalty decision
-- within 7 working days, demolition within 20); one case carries one limit, so it gets the whole-case limit of
-- 15 working days (the figure the product description uses).
call pg_temp.set_defaults('{MATTER}', '{06001}', 'MAJOR', 'CG', 15, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06002,06003,06008,06009,06039}', 'MAJOR', 'CG', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06006,06007,06019,06036,06040}', 'MAJOR', 'CG', 1, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06004}', 'MAJOR', 'LH', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06005}', 'MAJOR', 'LH', 3, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06013,06048,06049,06050,06051,06052}', 'MAJOR', 'CG', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06016}', 'MAJOR', 'JJ', 5, 'WORKING_DAYS');   -- 交通标线不清晰
call pg_temp.set_defaults('{MATTER}', '{06020,06029}', 'MAJOR', 'CG', 4, 'WORKING_HOURS'); -- open burning, barbecues
call pg_temp.set_defaults('{MATTER}', '{06021,06032}', 'MAJOR', 'LH', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06045}', 'MAJOR', 'LH', 3, 'WORKING_DAYS');   -- 非法占绿毁绿
call pg_temp.set_defaults('{MATTER}', '{06023,06046}', 'MAJOR', 'SW', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06024}', 'MAJOR', 'SW', 3, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06025,06026,06030}', 'MAJOR', 'SW', 1, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{06027}', 'MAJOR', 'HB', 5, 'WORKING_DAYS');   -- 油烟污染
call pg_temp.set_defaults('{MATTER}', '{06028}', 'MAJOR', 'CG', 1, 'WORKING_DAYS');   -- 噪声扰民
call pg_temp.set_defaults('{MATTER}', '{06033}', 'MAJOR', 'WJ', 1, 'WORKING_DAYS');   -- 乱丢弃医疗废物
call pg_temp.set_defaults('{MATTER}', '{06034}', 'MAJOR', 'JJ', 5, 'WORKING_DAYS');   -- 废弃车辆
call pg_temp.set_defaults('{MATTER}', '{06037,06042}', 'MAJOR', 'LH', 4, 'WORKING_HOURS'); -- 动物尸体, 垃圾满溢
call pg_temp.set_defaults('{MATTER}', '{06038,06043,06044}', 'MAJOR', 'CG', 3, 'WORKING_DAYS');

-- 07 宣传广告类
call pg_temp.set_defaults('{MATTER}', '{07001,07002}', 'MAJOR', 'CG', 1, 'WORKING_DAYS'); -- 小广告
call pg_temp.set_defaults('{MATTER}', '{07003,07006}', 'MAJOR', 'CG', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{MATTER}', '{07004}', 'MAJOR', 'SCJG', 5, 'WORKING_DAYS');     -- 广告语言文字不规范

-- 08 施工管理类
call pg_temp.set_defaults('{MATTER}', '{08016}', 'MAJOR', 'CG', 15, 'WORKING_DAYS');      -- 无证建设, as 私搭乱建
call pg_temp.set_defaults('{MATTER}', '{08001,08013}', 'MAJOR', 'CG', 4, 'WORKING_HOURS'); -- 施工扰民, 高空悬吊
call pg_temp.set_defaults('{MATTER}', '{08003,08004}', 'MAJOR', 'CG', 1, 'WORKING_DAYS');  -- 无证掘路, 工地扬尘

-- 09 街面秩序类
call pg_temp.set_defaults('{MATTER}', '{09005,09006,09021,09022}', 'MAJOR', 'CG', 4, 'WORKING_HOURS');
call pg_temp.set_defaults('{MATTER}', '{09003}', 'MAJOR', 'PCS', 4, 'WORKING_HOURS');     -- 流浪乞讨
call pg_temp.set_defaults('{MATTER}', '{09012}', 'MAJOR', 'PCS', 2, 'WORKING_HOURS');     -- 占用消防通道
call pg_temp.set_defaults('{MATTER}', '{09009,09014,09018}', 'MAJOR', 'JJ', 4, 'WORKING_HOURS');
call pg_temp.set_defaults('{MATTER}', '{09016}', 'MAJOR', 'JJ', 5, 'WORKING_DAYS');       -- 违规设置停车场
call pg_temp.set_defaults('{MATTER}', '{09013}', 'MAJOR', 'SCJG', 1, 'WORKING_DAYS');     -- 临街屠宰
call pg_temp.set_defaults('{MATTER}', '{09020}', 'MAJOR', 'SCJG', 3, 'WORKING_DAYS');     -- 农贸市场秩序问题
call pg_temp.set_defaults('{MATTER}', '{09015}', 'MAJOR', 'SCJG', 5, 'WORKING_DAYS');     -- 无证餐饮

-- 10 其他事项类
call pg_temp.set_defaults('{MATTER}', '{10001}', 'MAJOR', 'LH', 4, 'WORKING_HOURS');      -- 道路积雪、结冰
call pg_temp.set_defaults('{MATTER}', '{10002}', 'MAJOR', 'CG', 4, 'WORKING_HOURS');      -- 架空线缆脱落

-- Social-governance catalogue, by domain (the domain row takes its domain's defaults), then per type.
update catalogue.category c
   set default_tier = d.tier, default_department_code = d.department,
       time_limit_amount = d.amount, time_limit_unit = d.unit
  from (values
        ('0', 'PRIVATE',   null,  5, 'WORKING_DAYS'),  -- 民生服务: the resident is guided, the guidance recorded
        ('1', 'COMMUNITY', 'ZZB', 10, 'WORKING_DAYS'), -- 矛盾劝解: mediated in the community
        ('2', 'MAJOR',     'PCS', 1, 'WORKING_DAYS'),  -- 参与治安防控
        ('3', 'COMMUNITY', 'ZZB', 5, 'WORKING_DAYS'),  -- 参与特殊人群服务管理
        ('4', 'COMMUNITY', 'ZZB', 5, 'WORKING_DAYS'),  -- 社情民意收集
        ('5', 'PRIVATE',   null,  3, 'WORKING_DAYS'),  -- 政策法规宣传: answered and explained
        ('6', 'MAJOR',     null,  2, 'WORKING_HOURS'), -- 突发事件: the dispatcher picks who acts, at once
        ('7', 'COMMUNITY', null,  5, 'WORKING_DAYS')   -- 其它
       ) as d (domain, tier, department, amount, unit)
 where c.kind = 'SOCIAL' and (c.code = d.domain or c.parent_code = d.domain);

call pg_temp.set_defaults('{SOCIAL}', '{0.14}', 'COMMUNITY', 'FG', 20, 'WORKING_DAYS');    -- 加装电梯: owners decide
call pg_temp.set_defaults('{SOCIAL}', '{1.4}', 'COMMUNITY', 'ZZB', 10, 'WORKING_DAYS');    -- 邻里纠纷
call pg_temp.set_defaults('{SOCIAL}', '{1.7,1.14}', 'COMMUNITY', 'FG', 10, 'WORKING_DAYS'); -- 物业管理, 房屋和宅基地
call pg_temp.set_defaults('{SOCIAL}', '{1.5}', 'MAJOR', 'HB', 5, 'WORKING_DAYS');          -- 环境生态
call pg_temp.set_defaults('{SOCIAL}', '{1.6}', 'MAJOR', 'CG', 5, 'WORKING_DAYS');          -- 建筑工程
call pg_temp.set_defaults('{SOCIAL}', '{1.21}', 'MAJOR', 'WJ', 10, 'WORKING_DAYS');        -- 医患纠纷
call pg_temp.set_defaults('{SOCIAL}', '{1.25}', 'MAJOR', 'JJ', 5, 'WORKING_DAYS');         -- 交通及生产安全
-- physical and technical security of residential courtyards, and residents guarding them, are organised by the
-- community; crimes, leads and drugs go to the police
call pg_temp.set_defaults('{SOCIAL}', '{2.1,2.2,2.5}', 'COMMUNITY', 'ZZB', 5, 'WORKING_DAYS');
call pg_temp.set_defaults('{SOCIAL}', '{3.1}', 'MAJOR', 'WJ', 5, 'WORKING_DAYS');          -- 严重精神障碍患者
call pg_temp.set_defaults('{SOCIAL}', '{3.4}', 'MAJOR', 'PCS', 5, 'WORKING_DAYS');         -- 吸毒人员

-- From here on every new row states its defaults.
alter table catalogue.category
    alter column default_tier drop default,
    alter column time_limit_amount drop default,
    alter column time_limit_unit drop default;

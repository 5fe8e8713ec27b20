-- Common 12345 categories (first level / second level as hotline systems export them) and the catalogue category
-- triage starts from. Administrators add and change rows on /admin/hotline.
insert into hotline.category_mapping (hotline_category, category_code, updated_at) values
    ('市容环境/暴露垃圾', '06010', now()),
    ('市容环境/垃圾满溢', '06042', now()),
    ('市容环境/道路保洁', '06012', now()),
    ('市容环境/乱堆物料', '06036', now()),
    ('市政设施/道路破损', '06013', now()),
    ('市政设施/路灯故障', '01037', now()),
    ('市政设施/井盖缺损', '01023', now()),
    ('城市管理/违法搭建', '06001', now()),
    ('城市管理/占道经营', '09006', now()),
    ('城市管理/机动车乱停放', '09009', now()),
    ('城市管理/非机动车乱停放', '09010', now()),
    ('城市管理/占用消防通道', '09012', now()),
    ('城市管理/乱张贴', '07001', now()),
    ('环境保护/噪声扰民', '06028', now()),
    ('环境保护/油烟污染', '06027', now()),
    ('建设管理/施工扰民', '08001', now()),
    ('园林绿化/树木倒伏', '04002', now()),
    ('社区管理/邻里纠纷', '1.4', now()),
    ('住房保障/物业服务', '1.7', now());

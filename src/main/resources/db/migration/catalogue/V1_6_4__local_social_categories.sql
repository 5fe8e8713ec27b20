-- Local extensions of the social-governance catalogue. 邻里纠纷 (1.4) and 物业管理 (1.7) are in the source
-- taxonomy already; installing a lift in an existing building (加装电梯) is not, and is one of the commonest
-- community matters in Shanghai (owners decide it by the Civil Code art. 278 double majority).
insert into catalogue.category (kind, code, name, major_class, parent_code, keywords) values
    ('SOCIAL', '0.14', '加装电梯', '民生服务', '0', array['加装电梯', '加梯', '旧楼电梯', '既有多层住宅加装电梯']::text[]);

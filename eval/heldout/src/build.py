import sys; sys.path.insert(0,'/tmp/hb')
from lib import write
import d1,d2,d3,d4
docs=[d1.ng_migranty_zarplata(),d2.ng_krym(),d3.rt_vydvorenie(),d4.rt_ukraina_zarabotki()]
import glob,importlib
for m in sorted(glob.glob('/tmp/hb/d[5-9].py')+glob.glob('/tmp/hb/d1[0-9].py')):
    name=m.split('/')[-1][:-3]; mod=importlib.import_module(name)
    docs.append(mod.make())
write(docs,'/work/wt-heldout/eval/heldout')

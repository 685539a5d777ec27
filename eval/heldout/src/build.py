import os, sys; HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from lib import write
import d1,d2,d3,d4
docs=[d1.ng_migranty_zarplata(),d2.ng_krym(),d3.rt_vydvorenie(),d4.rt_ukraina_zarabotki()]
import glob,importlib
for name in ['d5','d6','d7','d8','d9','d10']:
    mod=importlib.import_module(name)
    docs.append(mod.make())
    if hasattr(mod,'make2'): docs.append(mod.make2())
write(docs,os.path.dirname(HERE))

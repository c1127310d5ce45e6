import app
from app.net import http

print(app.greeting("romfs"))
print(http.status_line(200))

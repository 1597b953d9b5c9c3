# http: HTTPStatus and HTTPMethod, their phrases, descriptions, reprs and lookups.
import http
from http import HTTPStatus, HTTPMethod
print(len(HTTPStatus), [(s.value, s.name, s.phrase, s.description) for s in HTTPStatus][::7])
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), f"{HTTPStatus.NOT_FOUND}", HTTPStatus(404), HTTPStatus["OK"], HTTPStatus.OK == 200, HTTPStatus.OK + 1)
print(repr(HTTPMethod.GET), str(HTTPMethod.GET), f"{HTTPMethod.POST}", HTTPMethod("PUT"), HTTPMethod.GET == "GET", [m.description for m in HTTPMethod], len(HTTPMethod))
try:
    HTTPStatus(999)
except ValueError as e:
    print(e)
print(isinstance(HTTPStatus.OK, int), HTTPStatus.OK.phrase, type(HTTPStatus.OK).__mro__, http.__all__)

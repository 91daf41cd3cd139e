# The file varnishd starts from: this deployment's backend, then the portal's rules.
#   varnishd -a :80 -f /path/to/deploy/varnish/default.vcl -s malloc,1g
# Set the address of the app server (gunicorn) below, here or in a copy of this file that
# includes portal.vcl by its absolute path. With several app servers, declare one backend each and a
# round-robin director from vmod_directors; portal.vcl only needs req.backend_hint to be set.
vcl 4.1;

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

include "./portal.vcl";
